/**
Which options of a single-choice question are in view when only `limit` of
them fit. The window scrolls (and wraps round, as ↑↓ do) just enough to keep
the highlight in view, for the `↑ more` / `more ↓` markers too.
*/

export type ChoiceWindow = {
	/** Highlighted option (displayed position). */
	readonly highlight: number;
	/** First option shown; the window wraps past the last option to the first. */
	readonly top: number;
};

/** The window opened on `highlight`: that option at the bottom if it is past the first window. */
export function openWindow(highlight: number, limit: number, count: number): ChoiceWindow {
	return {highlight, top: limit >= count || highlight < limit ? 0 : highlight - limit + 1};
}

/**
The window after the highlight moved to `next`: it scrolls only when `next`
was out of view, in the way the highlight went, so keys typed faster than a
render (the highlight two options on) scroll as far as the keys did.
*/
export function followHighlight(window: ChoiceWindow, next: number, limit: number, count: number): ChoiceWindow {
	if (limit >= count) {
		return {highlight: next, top: 0};
	}

	const past = (next - window.top + count) % count;
	if (past < limit) {
		return {highlight: next, top: window.top};
	}

	// Moved down (the shorter way round from the old highlight): next shows at the bottom; up, at the top.
	const down = (next - window.highlight + count) % count <= count / 2;
	return {highlight: next, top: down ? (next - limit + 1 + count) % count : next};
}

/** The options shown, in the order drawn. */
export function shownOptions({top}: ChoiceWindow, limit: number, count: number): number[] {
	return Array.from({length: Math.min(limit, count)}, (_, offset) => (top + offset) % count);
}

/** Whether options are out of view before the first one shown and after the last. */
export function windowMarkers(window: ChoiceWindow, limit: number, count: number): {readonly above: boolean; readonly below: boolean} {
	if (limit >= count) {
		return {above: false, below: false};
	}

	const shown = shownOptions(window, limit, count);
	return {above: shown[0] !== 0, below: shown.at(-1) !== count - 1};
}
