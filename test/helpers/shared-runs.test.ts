import {describe, expect, it} from 'vitest';
import {mergeRanges, quotedRanges, sharedRuns, toWords} from './shared-runs.js';

const texts = (text: string) => toWords(text).map(word => word.text);

/** The runs as the copy's words, to read the expectations at a glance. */
function runsOf(source: string, copy: string, minimum: number) {
	const copyWords = toWords(copy, quotedRanges(copy));
	return sharedRuns(toWords(source), copyWords, minimum).map(run => ({
		words: copyWords.slice(run.copyStart, run.copyStart + run.length).map(word => word.text).join(' '),
		sourceStart: run.sourceStart,
	}));
}

describe('toWords', () => {
	it('lower-cases words and ignores punctuation and Markdown marks', () => {
		expect(texts('**Why now?** | Money _reset_ the market.')).toEqual(['why', 'now', 'money', 'reset', 'the', 'market']);
	});

	it('keeps apostrophes, hyphens and decimal points inside a word, and makes curly apostrophes straight', () => {
		expect(texts('I’ve joined; pre-training on Opus 4.7 for $30B (~1 year).')).toEqual(['i\'ve', 'joined', 'pre-training', 'on', 'opus', '4.7', 'for', '30b', '1', 'year']);
	});

	it('starts a new word where a lower-case letter meets a capital, as in table cells run together', () => {
		expect(texts('Announcement dateMay 19, OpenAI')).toEqual(['announcement', 'date', 'may', '19', 'open', 'ai']);
	});

	it('keeps each word\'s offsets, and does not count a word that starts in a skipped range', () => {
		const words = toWords('one “two three” four', [[4, 15]]);
		expect(words.map(word => [word.text, word.start, word.end, word.counted])).toEqual([
			['one', 0, 3, true],
			['two', 5, 8, false],
			['three', 9, 14, false],
			['four', 16, 20, true],
		]);
	});
});

describe('quotedRanges', () => {
	it('covers curly and straight quotes, marks included', () => {
		const text = 'a “b c” d "e" f';
		expect(quotedRanges(text).map(([start, end]) => text.slice(start, end))).toEqual(['“b c”', '"e"']);
	});

	it('lets a quote run across a line break', () => {
		const text = 'said “one\ntwo” then';
		expect(quotedRanges(text).map(([start, end]) => text.slice(start, end))).toEqual(['“one\ntwo”']);
	});

	it('ends a quote left open at the next blank line, or at the end of the text', () => {
		const text = 'a “open\n\nnot quoted “again';
		expect(quotedRanges(text).map(([start, end]) => text.slice(start, end))).toEqual(['“open', '“again']);
	});
});

describe('mergeRanges', () => {
	it('sorts and joins ranges that overlap or touch', () => {
		expect(mergeRanges([[10, 12], [0, 3], [2, 5], [5, 6]])).toEqual([[0, 6], [10, 12]]);
	});
});

describe('sharedRuns', () => {
	const source = 'the quick brown fox jumps over the lazy dog while the cat sleeps';

	it('finds a maximal run of shared words, wherever it sits in each text', () => {
		expect(runsOf(source, 'Look: the QUICK brown fox jumps, over all.', 3)).toEqual([{words: 'the quick brown fox jumps over', sourceStart: 0}]);
		expect(runsOf(source, 'a lazy dog while the cat sleeps', 3)).toEqual([{words: 'lazy dog while the cat sleeps', sourceStart: 7}]);
	});

	it('reports nothing shorter than the minimum', () => {
		expect(runsOf(source, 'the quick brown cat', 4)).toEqual([]);
		expect(runsOf(source, 'the quick brown fox', 4)).toEqual([{words: 'the quick brown fox', sourceStart: 0}]);
	});

	it('does not let a run cross a quoted word', () => {
		expect(runsOf(source, 'the quick brown “fox” jumps over the lazy', 3)).toEqual([
			{words: 'the quick brown', sourceStart: 0},
			{words: 'jumps over the lazy', sourceStart: 4},
		]);
	});

	it('keeps two runs apart when they come from different places in the source', () => {
		const twoPlaces = 'alpha beta gamma delta and then gamma delta epsilon zeta';
		expect(runsOf(twoPlaces, 'alpha beta gamma delta epsilon zeta', 3)).toEqual([
			{words: 'alpha beta gamma delta', sourceStart: 0},
			{words: 'gamma delta epsilon zeta', sourceStart: 6},
		]);
	});

	it('lists a passage the source repeats once, as its longest match', () => {
		const repeated = 'one two three four. one two three four five six';
		expect(runsOf(repeated, 'so one two three four five six', 3)).toEqual([{words: 'one two three four five six', sourceStart: 4}]);
	});

	it('finds every run in a long text', () => {
		const words = Array.from({length: 5000}, (_, index) => `w${index}`);
		const copy = [...words.slice(100, 120), 'mine', ...words.slice(4000, 4009), 'own', ...words.slice(10, 15)].join(' ');
		expect(runsOf(words.join(' '), copy, 8).map(run => [run.sourceStart, run.words.split(' ').length])).toEqual([[100, 20], [4000, 9]]);
	});

	it('refuses a minimum below one word', () => {
		expect(() => sharedRuns([], [], 0)).toThrow(RangeError);
	});
});
