import path from 'node:path';
import {fileURLToPath} from 'node:url';

export const fixturesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

export const fixtureDeck = (name: string): string => path.join(fixturesDir, name);

export type Position = {
	readonly slide: number;
	readonly total: number;
};

const positionPattern = /(?:^|\D)(\d+) \/ (\d+)(?:\D|$)/;

/**
The footer's `N / M`. Read from the bottom up, so a slide whose own text
contains something like `1 / 2` does not fool it.
*/
export function slidePosition(screen: string): Position | undefined {
	const lines = screen.split('\n').reverse();
	for (const line of lines) {
		const match = positionPattern.exec(line);
		if (match?.[1] && match[2]) {
			return {slide: Number(match[1]), total: Number(match[2])};
		}
	}

	return undefined;
}

/** Matches a screen whose footer says slide `slide` of `total`. */
export const at = (slide: number, total: number): RegExp => new RegExp(String.raw`(?:^|\D)${slide} / ${total}(?:\D|$)`, 'm');

/** The screen as one line, for text the app may wrap anywhere. */
export const flat = (screen: string): string => screen.replaceAll(/\s+/g, ' ');
