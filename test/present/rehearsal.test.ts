import {describe, expect, it} from 'vitest';
import {observe, rehearsalRecord, rehearsedSeconds, startRehearsal} from '../../source/core/talk/rehearsal.js';

const slides = [
	{number: 1, title: 'Welcome', slug: 'welcome'},
	{number: 2, title: 'Why now', slug: 'why-now'},
	{number: 3, title: '', slug: ''},
];

describe('recording a rehearsal', () => {
	it('gives each slide the time it counted, and none to time nothing counted', () => {
		let log = startRehearsal(3, 0);
		log = observe(log, 0, 0);
		log = observe(log, 1, 30_000);
		// Blackout or help: nothing counts.
		log = observe(log, undefined, 40_000);
		log = observe(log, 1, 100_000);
		// Back to the first slide, then on to the third.
		log = observe(log, 0, 105_000);
		log = observe(log, 2, 110_000);
		expect(log.ms).toEqual([35_000, 15_000, 0]);
		const record = rehearsalRecord(log, {deckId: 'intro', slides, budgets: [60, undefined, 20.04], endedAt: 130_000});
		expect(record).toEqual({
			schema: 'briefing-deck/rehearsal',
			version: 1,
			deckId: 'intro',
			startedAt: '1970-01-01T00:00:00.000Z',
			endedAt: '1970-01-01T00:02:10.000Z',
			slides: [
				{number: 1, title: 'Welcome', slug: 'welcome', seconds: 35, budget: 60},
				{number: 2, title: 'Why now', slug: 'why-now', seconds: 15},
				{number: 3, title: '', slug: '', seconds: 20, budget: 20},
			],
		});
	});

	it('returns the same log when nothing changes', () => {
		const log = observe(startRehearsal(2, 0), 1, 5);
		expect(observe(log, 1, 99)).toBe(log);
		const idle = startRehearsal(2, 0);
		expect(observe(idle, undefined, 99)).toBe(idle);
	});
});

describe('rehearsedSeconds', () => {
	const rehearsal = {slides: [
		{number: 1, title: 'Welcome', slug: 'welcome', seconds: 30},
		{number: 2, title: 'Why now', slug: 'why-now', seconds: 90},
		{number: 3, title: '', slug: '', seconds: 12},
	]};

	it('matches slides by slug, so moved slides keep their times', () => {
		expect(rehearsedSeconds(rehearsal, [{number: 1, slug: 'why-now'}, {number: 2, slug: 'welcome'}])).toEqual([90, 30]);
	});

	it('matches untitled slides by number, and gives new slides nothing', () => {
		expect(rehearsedSeconds(rehearsal, [{number: 1, slug: 'brand-new'}, {number: 2, slug: ''}, {number: 3, slug: ''}])).toEqual([undefined, undefined, 12]);
	});
});
