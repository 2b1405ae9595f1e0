/**
What `play` and `presenter` say about rehearsals around a run: the hints after
a rehearsal is kept name the deck they are about, in a form the shell reads
back, and `--pace-from-rehearsal` with nothing to pace from says so.
*/
import {describe, expect, it} from 'vitest';
import type {Deck} from '../../source/core/deck/types.js';
import {keepRehearsal, planFor} from '../../source/commands/shared/presenting.js';
import type {Streams} from '../../source/commands/shared/streams.js';
import {observe, startRehearsal} from '../../source/core/talk/rehearsal.js';
import {createScoreStore} from '../../source/io/store/score-store.js';
import {temporaryDirectories} from '../helpers/temporary-files.js';
import {makeDeck, slide} from '../ui/helpers.js';

const {freshDir} = temporaryDirectories('presenting-commands');

const talk = (meta: Partial<Deck['meta']> = {}): Deck => {
	const deck = makeDeck([slide(1, 'Welcome', ['Hello all']), slide(2, 'Why now', ['Because it is time to talk about it'])], {title: 'Talk'});
	return {...deck, meta: {...deck.meta, ...meta}};
};

/** Streams that keep what is written. */
function capture(): {streams: Streams; out: () => string; err: () => string} {
	const written = {out: '', err: ''};
	const stream = (key: 'out' | 'err') => ({columns: 80, isTTY: false, write(text: string) {
		written[key] += text;
		return true;
	}}) as unknown as NodeJS.WriteStream;
	return {
		streams: {stdin: process.stdin, stdout: stream('out'), stderr: stream('err'), env: {}},
		out: () => written.out,
		err: () => written.err,
	};
}

/** The opening rehearsed for eleven seconds, then quit. */
const openingOnly = () => observe(startRehearsal(2, 0), 0, 0);

describe('the hints after a rehearsal is kept', () => {
	it('name the bundled deck that was rehearsed, not the default one', () => {
		const {streams, out} = capture();
		expect(keepRehearsal(talk(), 'example', openingOnly(), [], createScoreStore(freshDir()), streams, 11_000)).toBe(0);
		expect(out()).toContain('\nKept: `briefing-deck rehearsals example` lists it; the next talk paces against it.\n');
	});

	it('name a deck file by its path as given, quoted for the shell where it needs it', () => {
		const {streams, out} = capture();
		keepRehearsal(talk({duration: 10}), 'talks/my talk.md', openingOnly(), [], createScoreStore(freshDir()), streams, 11_000);
		expect(out()).toContain('\nKept: `briefing-deck rehearsals \'talks/my talk.md\'` lists it; `briefing-deck \'talks/my talk.md\' --pace-from-rehearsal` paces against it.\n');
	});

	it('name the deck when setting runs side by side, and name none for the bundled briefing', () => {
		const store = createScoreStore(freshDir());
		keepRehearsal(talk(), undefined, openingOnly(), [], store, capture().streams, 11_000);
		const {streams, out} = capture();
		keepRehearsal(talk(), undefined, openingOnly(), [], store, streams, 12_000);
		expect(out()).toContain('\nKept with 1 earlier rehearsal: `briefing-deck rehearsals` sets them side by side; the next talk paces against it.\n');
		const again = capture();
		keepRehearsal(talk(), 'it\'s.md', openingOnly(), [], store, again.streams, 13_000);
		expect(again.out()).toContain('`briefing-deck rehearsals \'it\'\\\'\'s.md\'` sets them side by side');
	});
});

describe('--pace-from-rehearsal with nothing to pace from', () => {
	it('says so, and what pacing uses instead', () => {
		expect(planFor(talk({duration: 10}), createScoreStore(freshDir()), true).unpaced)
			.toBe('--pace-from-rehearsal: no rehearsal of this deck yet; pacing against `duration`');
		expect(planFor(talk(), createScoreStore(freshDir()), true).unpaced)
			.toBe('--pace-from-rehearsal: no rehearsal of this deck yet; no pacing');
		expect(planFor(talk(), undefined, true).unpaced)
			.toBe('--pace-from-rehearsal: the score store, which keeps rehearsals, could not be opened; no pacing');
	});

	it('says so when no run reached a slide of the deck as it is now', () => {
		const store = createScoreStore(freshDir());
		const renamed: Deck = {...talk(), slides: talk().slides.map(each => ({...each, slug: `${each.slug}-2`}))};
		keepRehearsal(talk(), 'talk.md', openingOnly(), [], store, capture().streams, 11_000);
		expect(planFor(renamed, store, true).unpaced).toBe('--pace-from-rehearsal: no rehearsal reached a slide of this deck as it is now; no pacing');
	});

	it('says nothing when there is a rehearsal, or when the flag was not given', () => {
		const store = createScoreStore(freshDir());
		keepRehearsal(talk(), 'talk.md', openingOnly(), [], store, capture().streams, 11_000);
		expect(planFor(talk(), store, true).unpaced).toBeUndefined();
		expect(planFor(talk(), createScoreStore(freshDir()), false).unpaced).toBeUndefined();
	});
});

describe('pacing after a rehearsal of the opening only', () => {
	it('budgets the slides it did not reach at its pace, not at 0 s', () => {
		const store = createScoreStore(freshDir());
		keepRehearsal(talk(), 'talk.md', openingOnly(), [], store, capture().streams, 12_000);
		// Welcome is 3 words (12 s, 4 s a word); Why now is 10 words.
		expect(planFor(talk(), store, false).budgets).toEqual([12, 40]);
	});
});
