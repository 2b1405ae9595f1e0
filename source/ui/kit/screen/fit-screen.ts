/**
Fits a quiz screen into the rows there are: the header and footer always
shown, the body in a window that scrolls, with `↑ more` and `more ↓` where
some of it is out of view. Pure, so the reducer can be told how far the body
scrolls and the view draws exactly what was measured.
*/
import type {Choices, QuizScreen, Section} from './screen-lines.js';

/**
Rows a screen may fill in a terminal `rows` tall: one short of the window (a
frame as tall as the window makes Ink 6 clear the whole terminal on every
render), less the blank row on top.
*/
export const screenRows = (rows: number): number => rows - 1 - 1;

// Rows around a slide shown over a question: the caption, the hints, the gaps between, one spare.
const slideChromeRows = 6;

/** Rows a slide shown over a question gets, in a terminal `rows` tall. */
export const slideRows = (rows: number): number => Math.max(3, rows - 1 - slideChromeRows);

export const MORE_BELOW = 'more ↓';
export const MORE_ABOVE = '↑ more';

/** With fewer rows than this, no blank lines set the header and footer apart from the body. */
const roomyRows = 16;
/** The body's window at the least: a marker each side and one line between. */
const minBodyRows = 3;

/** A single-choice question's options as they fit: how many show at once. */
export type FittedChoices = Choices & {
	/** Options shown at once: every run of this many (wrapping round) fits. */
	readonly limit: number;
	/** Lines an option may take; a taller one is cut with `…` (only when not even one fits whole). */
	readonly maxLines: number;
};

export type FittedScreen = {
	readonly header: readonly Section[];
	readonly body: readonly Section[];
	readonly footer: readonly Section[];
	/** Drawn under the body's window, their markers included. */
	readonly choices?: FittedChoices;
	/** A blank line after the header and before the footer. */
	readonly gaps: boolean;
	/** Rows the body's window takes, its markers included. */
	readonly bodyRows: number;
	/** Lines of the whole body. */
	readonly bodyLines: number;
};

const linesOf = (sections: readonly Section[]): number => sections.reduce((sum, section) => sum + section.lines.length, 0);

/**
Rows the tallest run of `count` consecutive options takes. The options'
window wraps round (↓ on the last option shows the first under it), so runs do too.
*/
export function tallestRun(heights: readonly number[], count: number): number {
	if (count >= heights.length) {
		return heights.reduce((sum, height) => sum + height, 0);
	}

	let tallest = 0;
	for (let start = 0; start < heights.length; start++) {
		let sum = 0;
		for (let offset = 0; offset < count; offset++) {
			sum += heights[(start + offset) % heights.length] ?? 0;
		}

		tallest = Math.max(tallest, sum);
	}

	return tallest;
}

/** Rows the window's markers take when it shows only some options: `↑ more` above, `more ↓` below. */
export const choiceMarkerRows = 2;

/**
The largest `limit` of the options' window in `rows`: all the options, or as many
as fit whichever ones are shown, with a marker row above and below. 0 when
not even the tallest option fits.
*/
export function choiceLimit(heights: readonly number[], rows: number): number {
	if (tallestRun(heights, heights.length) <= rows) {
		return heights.length;
	}

	let limit = 0;
	while (limit + 1 < heights.length && tallestRun(heights, limit + 1) + choiceMarkerRows <= rows) {
		limit++;
	}

	return limit;
}

/**
A screen with a single-choice question's options under it. The options come
first: the whole prompt above the largest window of options that fits; when
not even one option fits under the whole prompt, the prompt scrolls (PgUp/PgDn)
in what one option leaves it, and an option taller than all that is cut.
*/
function fitWithChoices(screen: QuizScreen, choices: Choices, rows: number, gaps: boolean): FittedScreen {
	const around = (footer: readonly Section[]): number => linesOf(screen.header) + linesOf(footer) + (gaps ? 2 : 0);
	const heights = choices.options.map(option => option.lines(false).length);
	const markers = heights.length > 1 ? choiceMarkerRows : 0;
	const bodyLines = linesOf(screen.body);
	const fitted = (footer: readonly Section[], bodyRows: number, limit: number, maxLines: number): FittedScreen => ({
		header: screen.header, body: screen.body, footer, gaps, bodyRows, bodyLines, choices: {...choices, limit, maxLines},
	});

	const still = screen.footer(false);
	const under = rows - around(still) - bodyLines;
	const limit = choiceLimit(heights, under);
	if (limit > 0) {
		return fitted(still, bodyLines, limit, Number.POSITIVE_INFINITY);
	}

	if (under >= markers + 1) {
		return fitted(still, bodyLines, 1, under - markers);
	}

	const footer = screen.footer(true);
	const room = rows - around(footer);
	const tallest = Math.max(...heights);
	// The prompt's window keeps a line between its markers if it can; the options keep at least a line.
	const bodyRows = Math.min(bodyLines, Math.max(Math.min(minBodyRows, room - markers - 1), room - markers - tallest));
	const left = room - bodyRows;
	const shown = choiceLimit(heights, left);
	return shown > 0
		? fitted(footer, bodyRows, shown, Number.POSITIVE_INFINITY)
		: fitted(footer, bodyRows, 1, Math.max(1, left - markers));
}

export function fitScreen(screen: QuizScreen, rows: number): FittedScreen {
	const gaps = rows >= roomyRows;
	if (screen.choices && screen.choices.options.length > 0) {
		return fitWithChoices(screen, screen.choices, rows, gaps);
	}

	const bodyLines = linesOf(screen.body);
	const around = (footer: readonly Section[]): number => linesOf(screen.header) + linesOf(footer) + (gaps ? 2 : 0);
	const still = screen.footer(false);
	if (around(still) + bodyLines <= rows) {
		return {header: screen.header, body: screen.body, footer: still, gaps, bodyRows: bodyLines, bodyLines};
	}

	const footer = screen.footer(true);
	return {header: screen.header, body: screen.body, footer, gaps, bodyRows: Math.max(minBodyRows, rows - around(footer)), bodyLines};
}

export type ScrollCommand = 'line-down' | 'line-up' | 'page-down' | 'page-up';

/** Where a scroll key takes a body scrolled to `scroll`: a line or a page, within `[0, max]`. */
export function scrolled(scroll: number, command: ScrollCommand, {max, page}: {readonly max: number; readonly page: number}): number {
	const step = {'line-down': 1, 'line-up': -1, 'page-down': page, 'page-up': -page}[command];
	return Math.min(max, Math.max(0, scroll + step));
}

export type BodyWindow = {
	/** The scroll, clamped. */
	readonly scroll: number;
	/** Body lines shown: `[start, end)`. */
	readonly start: number;
	readonly end: number;
	readonly above: boolean;
	readonly below: boolean;
};

/** The largest scroll: the last line of the body at the bottom, under `↑ more`. */
export const maxScroll = ({bodyLines, bodyRows}: FittedScreen): number =>
	bodyLines <= bodyRows ? 0 : bodyLines - (bodyRows - 1);

export function bodyWindow(fitted: FittedScreen, scroll: number): BodyWindow {
	const {bodyLines, bodyRows} = fitted;
	if (bodyLines <= bodyRows) {
		return {scroll: 0, start: 0, end: bodyLines, above: false, below: false};
	}

	const start = Math.min(maxScroll(fitted), Math.max(0, Math.trunc(scroll)));
	const above = start > 0;
	const room = bodyRows - (above ? 1 : 0);
	const below = start + room < bodyLines;
	return {scroll: start, start, end: start + room - (below ? 1 : 0), above, below};
}

/** Where each option's lines are in the body: `[start, end)` by displayed position. */
function optionRanges(body: readonly Section[]): Map<number, readonly [number, number]> {
	const ranges = new Map<number, readonly [number, number]>();
	let line = 0;
	for (const section of body) {
		if (section.option !== undefined) {
			ranges.set(section.option, [line, line + section.lines.length]);
		}

		line += section.lines.length;
	}

	return ranges;
}

/** How the body of the screen shown now scrolls, from its layout at the current size. */
export type ScrollContext = {
	/** The largest `scroll`: 0 when the body fits. */
	readonly max: number;
	/** Lines one PgDn or PgUp moves. */
	readonly page: number;
	/** The scroll, starting from `scroll`, that shows the whole of an option (displayed position). */
	readonly reveal: (scroll: number, option: number) => number;
};

/** What the reducer needs to scroll this screen; `undefined` when the body fits. */
export function scrollContext(fitted: FittedScreen): ScrollContext | undefined {
	const max = maxScroll(fitted);
	if (max === 0) {
		return undefined;
	}

	const ranges = optionRanges(fitted.body);
	return {
		max,
		// A page of the middle window, less one line kept for context.
		page: Math.max(1, fitted.bodyRows - 3),
		reveal(scroll, option) {
			const range = ranges.get(option);
			if (range === undefined) {
				return scroll;
			}

			const [start, end] = range;
			let next = bodyWindow(fitted, scroll).scroll;
			if (start < next) {
				return start;
			}

			// Down until the option's last line shows, but never past its first.
			while (bodyWindow(fitted, next).end < end && next < Math.min(start, max)) {
				next++;
			}

			return next;
		},
	};
}
