/**
Small words and numbers the commands and the quiz screens share. Like all of
`text/`, it stands below the deck model and imports nothing from above: a
deck is taken by the shape it needs.
*/

/**
`00:55`, `12:05`, `125:00`: every time the app shows (a quiz's time, the
talk's clock, a countdown) reads the same way. Whole seconds gone by, so a
clock never shows a second that has not passed; minutes grow past 99 rather
than wrap.
*/
export function formatDuration(milliseconds: number): string {
	const seconds = Math.floor(Math.max(0, milliseconds) / 1000);
	return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

export const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** `4/5 (80%)`. */
export const formatScore = (score: number, total: number, percent: number): string => `${score}/${total} (${percent}%)`;

/** `slide 4: What actually happened`, or `slide 4` for a slide without a title. */
export function slideReference(deck: {readonly slides: ReadonlyArray<{readonly title: string}>} | undefined, slide: number): string {
	const title = deck?.slides[slide - 1]?.title ?? '';
	return title === '' ? `slide ${slide}` : `slide ${slide}: ${title}`;
}
