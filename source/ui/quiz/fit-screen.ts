/**
Fits a quiz screen into the rows there are: the header and footer always
shown, the body in a window that scrolls, with `↑ more` and `more ↓` where
some of it is out of view. Pure, so the reducer can be told how far the body
scrolls and the view draws exactly what was measured.
*/
import type {ScrollContext} from './quiz-screen-state.js';
import type {QuizScreen, Section} from './screen-lines.js';

export const MORE_BELOW = 'more ↓';
export const MORE_ABOVE = '↑ more';

/** With fewer rows than this, no blank lines set the header and footer apart from the body. */
const roomyRows = 16;
/** The body's window at the least: a marker each side and one line between. */
const minBodyRows = 3;

export type FittedScreen = {
	readonly header: readonly Section[];
	readonly body: readonly Section[];
	readonly footer: readonly Section[];
	/** A blank line after the header and before the footer. */
	readonly gaps: boolean;
	/** Rows the body's window takes, its markers included. */
	readonly bodyRows: number;
	/** Lines of the whole body. */
	readonly bodyLines: number;
};

const linesOf = (sections: readonly Section[]): number => sections.reduce((sum, section) => sum + section.lines.length, 0);

export function fitScreen(screen: QuizScreen, rows: number): FittedScreen {
	const gaps = rows >= roomyRows;
	const bodyLines = linesOf(screen.body);
	const around = (footer: readonly Section[]): number => linesOf(screen.header) + linesOf(footer) + (gaps ? 2 : 0);
	const still = screen.footer(false);
	if (around(still) + bodyLines <= rows) {
		return {header: screen.header, body: screen.body, footer: still, gaps, bodyRows: bodyLines, bodyLines};
	}

	const footer = screen.footer(true);
	return {header: screen.header, body: screen.body, footer, gaps, bodyRows: Math.max(minBodyRows, rows - around(footer)), bodyLines};
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
