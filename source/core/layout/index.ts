/** The layout step: deck model in, lines of styled segments that fit the screen out. */
export type {Line, LayoutOptions, Page, Role, Segment, SegmentStyle} from './types.js';
export {bodyWidth, MAX_BODY_WIDTH, MIN_BODY_HEIGHT, MIN_BODY_WIDTH} from './body-width.js';
export {displayWidth, expandTabs, graphemes, truncateToWidth} from './display-width.js';
export {wrapSpans} from './wrap.js';
export {layoutBlock, layoutBlocks, type BlockLayoutOptions} from './blocks.js';
export {deckNeedsHighlighter, highlighterFor, loadHighlighter, type Highlighter} from './highlighter.js';
export {layoutSlide, STAGE_ROWS, visibleBlockCount, type SlideLayout, type SlideLayoutOptions} from './slide.js';
export type {TitleMeta} from './title-slide.js';
export {markMatches} from './matches.js';
export {searchSlides, type SearchHit} from './search.js';
export {findWideCode, type WideCode} from './wide-code.js';
export {plainTextLines} from './plain-text.js';
export {lineText, lineWidth} from './segments.js';
