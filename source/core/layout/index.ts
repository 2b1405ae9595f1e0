/**
The layout step: deck model in, lines of styled segments that fit the screen
out. These are the names screens and commands import through here; anything
else of the step is imported from its own module.
*/
export type {Line, Page, SegmentStyle} from './types.js';
export {bodyWidth, MIN_BODY_HEIGHT, MIN_BODY_WIDTH, PROSE_MEASURE, slideWidth} from './body-width.js';
export {displayWidth, warmDisplayWidth} from './display-width.js';
export {wrapSpans} from './wrap.js';
export {layoutBlocks} from './blocks.js';
export {deckNeedsHighlighter, highlighterFor, loadHighlighter, type Highlighter} from './highlighter.js';
export {layoutSlide, visibleBlockCount, type SlideLayout} from './slide.js';
export {markMatches} from './matches.js';
export {searchSlides} from './search.js';
export {plainTextLines} from './plain-text.js';
export {lineText, lineWidth} from './segments.js';
