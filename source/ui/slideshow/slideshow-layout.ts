/**
How the slideshow shares the terminal, as numbers: the frame, the body
between the blank line above it and the status line and footer under it,
and with `p` the slide beside (or above) the presenter panel. Pure, so
components only draw what it says.
*/
import {bodyWidth, MIN_BODY_HEIGHT, slideWidth} from '../../core/layout/index.js';
import {type SideBySide, splitForNotes} from '../kit/panes/split.js';
import {MIN_SIZE} from '../kit/TooSmall.js';
import type {TerminalSize} from '../kit/use-terminal-size.js';

// Rows around the slide body: the blank line above it, the status line, and the footer.
export const marginTop = 1;
const statusRows = 1;
const footerRows = 1;

export type SlideshowLayout = {
	/**
	Frame height: one row short of the window. A frame as tall as the window
	makes Ink 6 clear the whole terminal on every render (it flickers).
	*/
	readonly frameRows: number;
	/** Rows of the body: a slide (and the panel), an overlay, or the end screen. */
	readonly bodyHeight: number;
	/** The body's width for overlays (the help, the overview): the prose measure, centred. */
	readonly fullWidth: number;
	/** Where the slide and the presenter panel go, while the panel is open. */
	readonly split?: SideBySide;
	/** All a slide may take: its code and tables use it, its prose keeps to the measure. */
	readonly slideWidth: number;
	readonly slideHeight: number;
	/** Too small to show a slide: the frame says so instead. */
	readonly tooSmall: boolean;
};

export type LayoutOptions = {
	readonly footer: boolean;
	/** The presenter panel (notes, what comes next, pacing) beside the slide. */
	readonly panel: boolean;
	/** `--max-width` or the deck's `max_width`: the most columns a slide takes. */
	readonly maxWidth?: number;
};

export function slideshowLayout(size: TerminalSize, {footer, panel, maxWidth}: LayoutOptions): SlideshowLayout {
	const frameRows = size.rows - 1;
	const bodyHeight = frameRows - marginTop - statusRows - (footer ? footerRows : 0);
	const split = panel ? splitForNotes(size.columns, bodyHeight, maxWidth) : undefined;
	const fullWidth = bodyWidth(size.columns);
	return {
		frameRows,
		bodyHeight,
		fullWidth,
		...(split ? {split} : {}),
		slideWidth: split?.slide.width ?? slideWidth(size.columns, maxWidth),
		slideHeight: split?.slide.height ?? bodyHeight,
		tooSmall: size.columns < MIN_SIZE.columns || size.rows < MIN_SIZE.rows || bodyHeight < MIN_BODY_HEIGHT,
	};
}
