/**
Which options ink-select-input shows, followed from the outside. With a
`limit` it shows a window of the options that scrolls (and wraps round) with
the highlight, but tells only the highlight (`onHighlight`); the window is
worked out here the way the select moves it, for the `↑ more` / `more ↓` markers.
*/

export type ChoiceWindow = {
	/** Highlighted option (displayed position). */
	readonly highlight: number;
	/** First option shown; the window wraps past the last option to the first. */
	readonly top: number;
};

/** The window a select opens with, on `initialIndex` `highlight`: that option at the bottom if it is past the first window. */
export function openWindow(highlight: number, limit: number, count: number): ChoiceWindow {
	return {highlight, top: limit >= count || highlight < limit ? 0 : highlight - limit + 1};
}

/** The window after the highlight moved one option, to `next`: it scrolls only when `next` was out of view. */
export function followHighlight(window: ChoiceWindow, next: number, limit: number, count: number): ChoiceWindow {
	if (limit >= count) {
		return {highlight: next, top: 0};
	}

	const inView = (next - window.top + count) % count < limit;
	if (inView) {
		return {highlight: next, top: window.top};
	}

	const down = next === (window.highlight + 1) % count;
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
