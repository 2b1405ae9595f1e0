/**
Finds where one text repeats another word for word: the maximal runs of
consecutive words that two texts share. Used to hold a deck to its own words
against the article it was written from.
*/

/** A word of a text, normalised for comparison, with where it came from. */
export type Word = {
	/** Lower case, curly apostrophes made straight. */
	readonly text: string;
	/** Offset of the word's first character in the original text. */
	readonly start: number;
	/** Offset just past the word's last character. */
	readonly end: number;
	/** `false` for a word left out of the comparison (quoted, for one): no run crosses it. */
	readonly counted: boolean;
};

/** A half-open range of offsets, `[start, end)`. */
export type Range = readonly [start: number, end: number];

/** A run of words shared by both texts, as word indexes into each. */
export type SharedRun = {
	/** Index of the run's first word in the copy. */
	readonly copyStart: number;
	/** Index of the run's first word in the source. */
	readonly sourceStart: number;
	/** Number of words in the run. */
	readonly length: number;
};

/*
Letters and digits, joined by an apostrophe, a hyphen or a decimal point:
`I’ve`, `pre-training`, `4.7` and `$30B` (as `30b`) are one word each.
*/
const wordPattern = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/*
A lower-case letter followed by a capital starts a new word. Text copied out of
a web page runs table cells together (`Announcement dateMay 19, 2026`); the
split is made on both sides, so `OpenAI` is two words everywhere and the two
texts still compare like for like.
*/
const caseBoundary = /(?<=\p{Ll})(?=\p{Lu})/u;

/**
Splits a text into words. A word that starts inside one of the `skipped` ranges
(sorted by start, not overlapping) is kept but not counted.
*/
export function toWords(text: string, skipped: readonly Range[] = []): Word[] {
	const words: Word[] = [];
	let range = 0;
	for (const match of text.matchAll(wordPattern)) {
		let offset = match.index;
		for (const part of match[0].split(caseBoundary)) {
			while (range < skipped.length && skipped[range]![1] <= offset) {
				range++;
			}

			const inSkipped = range < skipped.length && skipped[range]![0] <= offset;
			words.push({text: part.toLowerCase().replaceAll('’', '\''), start: offset, end: offset + part.length, counted: !inSkipped});
			offset += part.length;
		}
	}

	return words;
}

/**
The ranges of a text inside quote marks, marks included: `“…”` or `"…"`. A quote
left open ends at the next blank line, so one missing mark cannot hide the rest
of a text.
*/
export function quotedRanges(text: string): Range[] {
	const ranges: Range[] = [];
	let open: number | undefined;
	let closing = '';
	for (let index = 0; index < text.length; index++) {
		const character = text[index]!;
		if (open === undefined) {
			if (character === '“' || character === '"') {
				open = index;
				closing = character === '“' ? '”' : '"';
			}
		} else if (character === closing) {
			ranges.push([open, index + 1]);
			open = undefined;
		} else if (character === '\n' && /^\n[ \t]*\n/.test(text.slice(index, index + 80))) {
			ranges.push([open, index]);
			open = undefined;
		}
	}

	if (open !== undefined) {
		ranges.push([open, text.length]);
	}

	return ranges;
}

/** Sorts ranges by start and merges those that overlap or touch. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
	const merged: Array<[number, number]> = [];
	for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
		const last = merged.at(-1);
		if (last && start <= last[1]) {
			last[1] = Math.max(last[1], end);
		} else {
			merged.push([start, end]);
		}
	}

	return merged;
}

/**
Every maximal run of at least `minimum` consecutive counted words that `copy`
shares with `source`, in the order they appear in the copy. A run inside a
longer one is not listed again.

Each `minimum`-word window of the source is hashed into a map, so the cost
grows with the length of the two texts (times how often a window repeats in
the source, which for prose is about once).
*/
export function sharedRuns(source: readonly Word[], copy: readonly Word[], minimum: number): SharedRun[] {
	if (minimum < 1) {
		throw new RangeError(`a run needs at least one word, not ${minimum}`);
	}

	const sourceWindows = new Map<string, number[]>();
	for (const start of countedWindows(source, minimum)) {
		const key = windowKey(source, start, minimum);
		const starts = sourceWindows.get(key);
		if (starts) {
			starts.push(start);
		} else {
			sourceWindows.set(key, [start]);
		}
	}

	// For each source position matched by the window at the previous copy
	// position: the copy index where that chain of matching windows began.
	let chains = new Map<number, number>();
	let previousCopy = -2;
	const runs: SharedRun[] = [];
	const endChains = (lastCopy: number, except: ReadonlyMap<number, number>) => {
		for (const [sourceAt, copyStart] of chains) {
			if (!except.has(sourceAt + 1)) {
				const windows = lastCopy - copyStart + 1;
				runs.push({copyStart, sourceStart: sourceAt - windows + 1, length: windows + minimum - 1});
			}
		}
	};

	for (const copyAt of countedWindows(copy, minimum)) {
		const next = new Map<number, number>();
		const adjacent = copyAt === previousCopy + 1;
		for (const sourceAt of sourceWindows.get(windowKey(copy, copyAt, minimum)) ?? []) {
			next.set(sourceAt, (adjacent ? chains.get(sourceAt - 1) : undefined) ?? copyAt);
		}

		endChains(previousCopy, adjacent ? next : new Map());
		chains = next;
		previousCopy = copyAt;
	}

	endChains(previousCopy, new Map());
	return outermost(runs);
}

/** Starts of the windows of `size` words that hold only counted words. */
function* countedWindows(words: readonly Word[], size: number): Generator<number> {
	let countedInARow = 0;
	for (const [index, word] of words.entries()) {
		countedInARow = word.counted ? countedInARow + 1 : 0;
		if (countedInARow >= size) {
			yield index - size + 1;
		}
	}
}

const windowKey = (words: readonly Word[], start: number, size: number): string =>
	words.slice(start, start + size).map(word => word.text).join(' ');

/** Drops every run that lies inside another run of the copy. */
function outermost(runs: readonly SharedRun[]): SharedRun[] {
	const sorted = [...runs].sort((a, b) => a.copyStart - b.copyStart || b.length - a.length);
	const kept: SharedRun[] = [];
	let reach = -1;
	for (const run of sorted) {
		const end = run.copyStart + run.length;
		if (end > reach) {
			kept.push(run);
			reach = end;
		}
	}

	return kept;
}
