import {describe, expect, it} from 'vitest';
import {formatRehearsalReport, formatRehearsals, rehearsalsJson} from '../../source/commands/shared/rehearsal-text.js';
import type {Rehearsal, RehearsedSlide} from '../../source/core/records/rehearsal.js';
import {makeRehearsal} from '../store/make-rehearsal.js';
import {makeDeck, slide} from '../ui/helpers.js';

const deck = makeDeck([slide(1, 'Welcome'), slide(2, 'Why now'), slide(3, 'Next steps')], {title: 'Talk'});
deck.slides.forEach((each, index) => {
	Object.assign(each, {slug: ['welcome', 'why-now', 'next-steps'][index]});
});

/** A run over the deck: `null` for a slide the run did not reach, `undefined` for one not in the deck then. */
const run = (endedAt: string, secondsPerSlide: ReadonlyArray<number | null | undefined>, budgets: ReadonlyArray<number | undefined> = []): Rehearsal => makeRehearsal({
	endedAt,
	slides: deck.slides.flatMap((each, index): RehearsedSlide[] => {
		const seconds = secondsPerSlide[index];
		const budget = budgets[index];
		const head = {number: each.number, title: each.title, slug: each.slug, ...(budget === undefined ? {} : {budget})};
		if (seconds === undefined) {
			return [];
		}

		return [seconds === null ? {...head, shown: false} : {...head, shown: true, seconds}];
	}),
});

describe('the report at the end of a rehearsal', () => {
	it('lists each slide\'s time, share, budget and how far over or under, and the total', () => {
		const text = formatRehearsalReport(deck, run('2026-05-20T10:00:00.000Z', [45, 90.4, 44.6], [60, 60, 45]));
		expect(text).toBe([
			'Rehearsal of “Talk”: 03:00 against a plan of 02:45',
			'',
			'#  Slide            Time  Share   Budget  Over/under',
			'1  Welcome         00:45    25%    01:00  00:15 under',
			'2  Why now         01:30    50%    01:00  00:30 over',
			'3  Next steps      00:45    25%    00:45  on time',
			'   Total           03:00   100%    02:45  00:15 over',
			'',
		].join('\n'));
	});

	it('leaves the budget columns empty without a plan, and keeps to the width it is given', () => {
		const text = formatRehearsalReport(deck, run('2026-05-20T10:00:00.000Z', [10, 12, 8]), 60);
		expect(text).toContain('Rehearsal of “Talk”: 00:30\n');
		expect(text).toMatch(/1 {2}Welcome +00:10 +33% +–\n/);
		for (const line of text.split('\n')) {
			expect(line.length).toBeLessThanOrEqual(60);
		}
	});

	it('gives the slides a run quit before reaching no time, and sets the total against their plan only', () => {
		// Quit after the opening: the two slides after it were never shown.
		const text = formatRehearsalReport(deck, run('2026-05-20T10:00:00.000Z', [45, null, null], [60, 60, 45]));
		expect(text).toBe([
			'Rehearsal of “Talk”: 00:45 on 1 of 3 slides against a plan of 01:00 for them',
			'',
			'#  Slide                         Time  Share   Budget  Over/under',
			'1  Welcome                      00:45   100%    01:00  00:15 under',
			'2  Why now                          –      –    01:00  not shown',
			'3  Next steps                       –      –    00:45  not shown',
			'   Total of the slides shown    00:45   100%    01:00  00:15 under',
			'',
		].join('\n'));
	});

	it('never prints control characters from the deck or the store', () => {
		const text = formatRehearsalReport({meta: {title: 'T\u001B[2J', id: 't'}}, makeRehearsal({slides: [{number: 1, title: 'a\u009Bb\u202E', slug: 's', shown: true, seconds: 1}]}));
		expect(text).not.toMatch(/[\u001B\u009B\u202E]/);
	});
});

describe('rehearsals side by side', () => {
	it('says how to make one when there are none, for the deck named', () => {
		expect(formatRehearsals(deck, {rehearsals: [], warnings: []}, 80, 'talks/my talk.md')).toContain('No rehearsals yet. Run `briefing-deck \'talks/my talk.md\' --rehearse`');
		expect(formatRehearsals(deck, {rehearsals: [], warnings: []}, 80, 'example')).toContain('Run `briefing-deck example --rehearse`');
		// No deck named: the bundled briefing, which is what the command without one opens.
		expect(formatRehearsals(deck, {rehearsals: [], warnings: []})).toContain('Run `briefing-deck --rehearse`');
	});

	it('shows – for a slide a run did not reach, not 0', () => {
		const text = formatRehearsals(deck, {rehearsals: [run('2026-05-19T09:00:00', [60, 120, 30]), run('2026-05-20T14:02:00', [11, null, null])], warnings: []});
		expect(text).toMatch(/1 {2}Welcome +01:00 +00:11\n/);
		expect(text).toMatch(/2 {2}Why now +02:00 +–\n/);
		expect(text).toMatch(/3 {2}Next steps +00:30 +–\n/);
		expect(text).toMatch(/Total +03:30 +00:11\n/);
	});

	it('puts runs side by side, oldest on the left, slides matched by slug, with totals', () => {
		const older = run('2026-05-19T09:00:00', [60, 120, 30]);
		const newer = makeRehearsal({endedAt: '2026-05-20T14:02:00', slides: [
			{number: 1, title: 'Why now', slug: 'why-now', shown: true, seconds: 100},
			{number: 2, title: 'Removed', slug: 'removed', shown: true, seconds: 15},
		]});
		const text = formatRehearsals(deck, {rehearsals: [older, newer], warnings: []});
		expect(text).toBe([
			'Rehearsals of “Talk”',
			'',
			'#  Slide                         05-19 09:00  05-20 14:02',
			'1  Welcome                             01:00            –',
			'2  Why now                             02:00        01:40',
			'3  Next steps                          00:30            –',
			'   Slides no longer in the deck            –        00:15',
			'   Total                               03:30        01:55',
			'',
			'2 rehearsals, oldest on the left.',
			'',
		].join('\n'));
	});

	it('shows as many runs as fit, the newest, and says how many are left out', () => {
		const runs = Array.from({length: 9}, (_, index) => run(`2026-05-${String(10 + index)}T10:00:00`, [index + 1, 1, 1]));
		const text = formatRehearsals(deck, {rehearsals: runs, warnings: []}, 60);
		expect(text).toContain('05-18 10:00');
		expect(text).not.toContain('05-10 10:00');
		expect(text).toContain('9 rehearsals, oldest on the left; 6 older not shown.\nA wider terminal shows more; --json has them all.');
		for (const line of text.split('\n')) {
			expect(line.length).toBeLessThanOrEqual(60);
		}
	});

	it('lists the store\'s warnings', () => {
		const text = formatRehearsals(deck, {rehearsals: [], warnings: [{kind: 'corrupt-rehearsal', file: '/s/x.json', message: 'rehearsal /s/x.json is corrupt (not JSON)\u001B'}]});
		expect(text).toContain('Warnings:\n  rehearsal /s/x.json is corrupt (not JSON)␛');
	});

	it('gives every run in JSON, sanitized', () => {
		const json = rehearsalsJson({meta: {title: 'Talk', id: 'talk'}}, {
			rehearsals: [makeRehearsal({slides: [{number: 1, title: 'A', slug: 'a', shown: true, seconds: 1.25}, {number: 2, title: 'B', slug: 'b', shown: true, seconds: 2}, {number: 3, title: 'C', slug: 'c', shown: false, budget: 30}]})],
			warnings: [{kind: 'unreadable', file: '/x', message: 'cannot read \u009B'}],
		});
		expect(json).toEqual({
			deck: {id: 'talk', title: 'Talk'},
			rehearsals: [{startedAt: '2026-11-24T01:00:00.000Z', endedAt: '2026-11-24T01:10:00.000Z', seconds: 3.3, slides: [{number: 1, title: 'A', slug: 'a', shown: true, seconds: 1.25}, {number: 2, title: 'B', slug: 'b', shown: true, seconds: 2}, {number: 3, title: 'C', slug: 'c', shown: false, budget: 30}]}],
			warnings: ['cannot read \uFFFD'],
		});
	});
});
