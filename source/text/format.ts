/** Small words and numbers the commands and the quiz screens share. */
import type {Deck} from '../deck/types.js';

/** `1:05`, `12:00`, `1:02:03`: the time a quiz took. */
export function formatDuration(milliseconds: number): string {
	const seconds = Math.round(Math.max(0, milliseconds) / 1000);
	const hours = Math.floor(seconds / 3600);
	const minutes = Math.floor((seconds % 3600) / 60);
	const rest = String(seconds % 60).padStart(2, '0');
	return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

export const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** `4/5 (80 %)`. */
export const formatScore = (score: number, total: number, percent: number): string => `${score}/${total} (${percent} %)`;

/** `slide 4: What actually happened`, or `slide 4` for a slide without a title. */
export function slideReference(deck: Pick<Deck, 'slides'> | undefined, slide: number): string {
	const title = deck?.slides[slide - 1]?.title ?? '';
	return title === '' ? `slide ${slide}` : `slide ${slide}: ${title}`;
}
