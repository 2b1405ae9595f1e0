/**
Property-based tests of the parser, the layout and the transcript over
generated decks (see arbitraries.ts). fast-check picks a new seed each run and
prints it with the smallest failing deck, so a failure can be replayed with
`{seed, path}`. Each run tries a few thousand decks; over many runs, many more.
The slow tier (`npm run test:slow`) tries four times as many in one run.
*/
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {parseDeck} from '../../source/core/deck/parse.js';
import {deckToPlainText} from '../../source/core/layout/deck-text.js';
import {hasUnsafeCharacters} from '../../source/core/text/sanitize.js';
import {layoutSlide, lineText, lineWidth, MIN_BODY_HEIGHT, MIN_BODY_WIDTH} from '../../source/core/layout/index.js';
import {strings} from '../deck/helpers.js';
import {perTier} from '../helpers/tier.js';
import {anyText, deckText} from './arbitraries.js';

/** Raw control bytes a terminal acts on (newline and tab are text). */
const rawControl = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

const scale = perTier(1, 4);

/** Generated decks per run, split between the properties below. */
const runs = {structured: 2500 * scale, any: 2000 * scale, doubled: 8 * scale};

/**
What is wrong with a slide's pages at `width`×`height`, if anything. Plain
checks rather than an expect per line: a deck has hundreds of lines, and
thousands of decks are checked.
*/
function pagesProblem(pages: ReturnType<typeof layoutSlide>['pages'], width: number, height: number): string | undefined {
	for (const page of pages) {
		if (page.lines.length > height) {
			return `a page of ${page.lines.length} lines, taller than ${height}`;
		}

		for (const line of page.lines) {
			const text = lineText(line);
			if (lineWidth(line) > width) {
				return `a line wider than ${width}: ${JSON.stringify(text)}`;
			}

			if (rawControl.test(text)) {
				return `a raw control character in ${JSON.stringify(text)}`;
			}
		}
	}

	return undefined;
}

describe('generated decks', () => {
	it(`${runs.structured.toLocaleString('en-US')} structured decks: parse without a throw, nothing unsafe in the model, the diagnostics or the transcript, and every slide lays out within its screen`, () => {
		fc.assert(fc.property(
			deckText,
			fc.integer({min: MIN_BODY_WIDTH, max: 140}),
			fc.integer({min: MIN_BODY_HEIGHT, max: 50}),
			fc.nat(),
			(text, width, height, pick) => {
				const {deck, diagnostics} = parseDeck(text, {fileName: 'gen\u001B]0;x\u0007'});
				expect(strings(deck).filter(([, value]) => hasUnsafeCharacters(value))).toEqual([]);
				expect(diagnostics.filter(diagnostic => hasUnsafeCharacters(diagnostic.message + (diagnostic.hint ?? '')) || diagnostic.line < 1)).toEqual([]);

				expect(deckToPlainText(deck, {notes: true, answers: true})).not.toMatch(rawControl);
				// One slide and step per deck keeps the run inside its time budget; over
				// thousands of decks every kind of slide comes up.
				const slide = deck.slides[pick % Math.max(1, deck.slides.length)];
				if (slide) {
					const {pages} = layoutSlide(slide, pick % slide.steps.length, {width, height, linkUrls: pick % 2 === 0, highlight: pick % 3 === 0 ? 'alpha' : undefined});
					expect(pagesProblem(pages, width, height)).toBeUndefined();
				}
			},
		), {numRuns: runs.structured});
	}, 240_000 * scale);

	it(`${runs.any.toLocaleString('en-US')} arbitrary strings and bytes: the parser never throws and nothing unsafe gets through`, () => {
		fc.assert(fc.property(anyText, text => {
			const {deck} = parseDeck(text);
			expect(strings(deck).filter(([, value]) => hasUnsafeCharacters(value))).toEqual([]);
			expect(deckToPlainText(deck)).not.toMatch(rawControl);
		}), {numRuns: runs.any});
	}, 120_000 * scale);
});

/**
CPU time, not the wall clock: on a loaded machine the wall clock also counts
the time spent waiting for a core, which says nothing of how the parser
grows with its input. (Vitest runs each test file in a process of its own.)
*/
const cpuMs = (run: () => void): number => {
	const started = process.cpuUsage();
	run();
	const {user, system} = process.cpuUsage(started);
	return (user + system) / 1000;
};

/**
Parse time of the deck and of the deck twice over, best of alternating
rounds after a warm-up (the first parse of new input also compiles code, and
a collection can land in any one run); up to four more rounds when the ratio
looks high.
*/
function doublingRatio(text: string): {single: number; double: number} {
	const twice = text + text;
	parseDeck(text);
	parseDeck(twice);
	let single = Number.POSITIVE_INFINITY;
	let double = Number.POSITIVE_INFINITY;
	for (let round = 0; round < 6 && (round < 2 || double / single > 3); round++) {
		single = Math.min(single, cpuMs(() => parseDeck(text)));
		double = Math.min(double, cpuMs(() => parseDeck(twice)));
	}

	return {single, double};
}

describe('time is linear in size', () => {
	it(`doubling a generated deck (repeated to ~200 KB) never costs more than 3x the time to parse, ${runs.doubled} decks`, () => {
		fc.assert(fc.property(deckText.filter(text => text.length > 200), text => {
			const {single, double} = doublingRatio(text.repeat(Math.ceil(200_000 / text.length)));
			// Below this a single collection, not the parser, can decide the ratio.
			if (double > 60) {
				expect(double / single, `${single.toFixed(1)} ms, then ${double.toFixed(1)} ms`).toBeLessThanOrEqual(3);
			}
		}), {numRuns: runs.doubled, endOnFailure: true});
	}, 240_000 * scale);
});
