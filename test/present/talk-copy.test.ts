import {describe, expect, it} from 'vitest';
import {readTalkCopy, talkRecord, validateTalk} from '../../source/core/records/talk-record.js';
import {maxDownMs, placeTalk, sameTalk, talkCopyOf, worthPickingUp} from '../../source/core/show/talk-copy.js';
import {elapsedMs} from '../../source/core/talk/timer.js';

const slugs = ['welcome', 'why-now', 'numbers', 'plan', 'questions'];

/** On slide 3 (`numbers`), step 2, the timer started on slide 2 at 1000 and running. */
const shown = {slide: 2, step: 1, page: 0, atEnd: false, timer: {state: 'running', since: 1000, banked: 0} as const, slideStartedMs: 40_000, pacedFrom: 1};

describe('a talk as it is kept, and read back', () => {
	it('names the slide and the pacing base by slug, with their numbers beside', () => {
		const copy = talkCopyOf(shown, slugs, 50_000);
		expect(copy).toEqual({
			slide: 'numbers', slideNumber: 3, step: 1, page: 0, atEnd: false,
			timer: {state: 'running', since: 1000, banked: 0}, slideStartedMs: 40_000,
			pacedFrom: 'why-now', pacedFromNumber: 2, savedAt: 50_000,
		});
		// Round trip through the file.
		const record = JSON.parse(JSON.stringify(talkRecord('quarterly', copy, false))) as unknown;
		expect(validateTalk(record)).toEqual({ok: true, record: {schema: 'briefing-deck/talk', version: 1, deckId: 'quarterly', ...copy, ended: false}});
		expect(placeTalk(copy, slugs)).toEqual({
			position: {slide: 2, step: 1, page: 0, atEnd: false}, timer: copy.timer, slideStartedMs: 40_000, pacedFrom: 1, savedAt: 50_000, bySlug: true,
		});
	});

	it('a pacing base past the last slide (the end screen) is kept as null', () => {
		const copy = talkCopyOf({...shown, slide: 4, atEnd: true, pacedFrom: 5}, slugs, 0);
		expect(copy.pacedFrom).toBeNull();
		expect(placeTalk(copy, slugs).pacedFrom).toBe(5);
	});

	it('only a change of the talk is a change: not the time the copy was taken', () => {
		const a = talkCopyOf(shown, slugs, 1);
		expect(sameTalk(a, talkCopyOf(shown, slugs, 2))).toBe(true);
		expect(sameTalk(a, talkCopyOf({...shown, step: 0}, slugs, 1))).toBe(false);
		expect(sameTalk(a, talkCopyOf({...shown, timer: {state: 'paused', banked: 9000}}, slugs, 1))).toBe(false);
	});

	it('refuses a file or a message with a field of the wrong kind, naming the field and never the value', () => {
		const copy = talkCopyOf(shown, slugs, 1);
		const bad = {...copy, step: -1, timer: {state: 'running', since: '\u001B[2J'}, savedAt: Number.NaN};
		const read = readTalkCopy(bad);
		expect(read).toEqual({ok: false, problems: ['step should be a whole number', 'timer should be an idle, running or paused timer', 'savedAt should be a time in milliseconds since 1970']});
		expect(validateTalk({...talkRecord('d', copy, false), ended: 'yes'})).toEqual({ok: false, problems: ['ended should be true or false']});
		expect(validateTalk({...talkRecord('d', copy, false), version: 7})).toEqual({ok: false, newer: 7});
		expect(readTalkCopy({...copy, slide: 'x'.repeat(5000)}).ok).toBe(false);
	});
});

describe('placing a copy on a deck edited since', () => {
	const copy = talkCopyOf(shown, slugs, 1);

	it('finds the slide by its slug where it has moved, with its step', () => {
		const edited = ['welcome', 'agenda', 'why-now', 'numbers', 'plan', 'questions'];
		expect(placeTalk(copy, edited)).toMatchObject({position: {slide: 3, step: 1}, pacedFrom: 2, bySlug: true});
	});

	it('falls back to the slide\'s old number, at its first step, when its slug has gone', () => {
		const edited = ['welcome', 'why-now', 'figures', 'plan', 'questions'];
		expect(placeTalk(copy, edited)).toMatchObject({position: {slide: 2, step: 0, page: 0, atEnd: false}, pacedFrom: 1, bySlug: false});
	});

	it('keeps the fallback inside a deck that has shrunk', () => {
		expect(placeTalk(copy, ['welcome', 'plan'])).toMatchObject({position: {slide: 1, step: 0}, pacedFrom: 1, bySlug: false});
	});

	it('of slides sharing a slug, takes the one nearest where it was; an untitled slide goes by number', () => {
		const repeated = talkCopyOf({...shown, slide: 3}, ['a', 'x', 'b', 'x', 'c'], 1);
		expect(placeTalk(repeated, ['x', 'a', 'b', 'c', 'x']).position.slide).toBe(4);
		const untitled = talkCopyOf({...shown, slide: 1}, ['a', '', 'b'], 1);
		expect(untitled.slide).toBe('');
		expect(placeTalk(untitled, ['', 'a', '', 'b'])).toMatchObject({position: {slide: 1, step: 0}, bySlug: false});
	});
});

describe('the clock of a talk picked up', () => {
	it('counts the time the show was down: a running timer runs from a clock reading', () => {
		const killedAt = 10 * 60_000 + 1000;
		const copy = talkCopyOf({...shown, timer: {state: 'running', since: 1000, banked: 0}}, slugs, killedAt);
		const placed = placeTalk(copy, slugs);
		const downMs = 45_000;
		expect(elapsedMs(placed.timer, killedAt + downMs)).toBe(10 * 60_000 + downMs);
	});

	it('keeps a paused timer paused, at its reading', () => {
		const copy = talkCopyOf({...shown, timer: {state: 'paused', banked: 125_000}}, slugs, 200_000);
		expect(elapsedMs(placeTalk(copy, slugs).timer, 9_999_999)).toBe(125_000);
	});
});

describe('whether to pick a copy up', () => {
	it('picks up a talk under way that ended without a quit, not long ago', () => {
		const copy = talkCopyOf(shown, slugs, 1_000_000);
		expect(worthPickingUp(copy, 1_000_000 + 60_000)).toBe(true);
		expect(worthPickingUp({...copy, ended: true}, 1_000_001)).toBe(false);
		expect(worthPickingUp(talkCopyOf({...shown, atEnd: true}, slugs, 1_000_000), 1_000_001)).toBe(false);
		expect(worthPickingUp(copy, 1_000_000 + maxDownMs + 1)).toBe(false);
		// Never begun: the opening slide, the timer waiting.
		expect(worthPickingUp(talkCopyOf({...shown, slide: 0, step: 0, timer: {state: 'idle'}}, slugs, 1_000_000), 1_000_001)).toBe(false);
	});
});
