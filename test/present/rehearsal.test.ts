import {describe, expect, it} from 'vitest';
import {latestRehearsedSeconds, observe, rehearsalRecord, rehearsedSeconds, startRehearsal} from '../../source/core/talk/rehearsal.js';
import type {RehearsedSlide} from '../../source/core/records/rehearsal.js';

/** A slide of a kept run: `undefined` seconds for one the run did not reach. */
const kept = (number: number, slug: string, seconds: number | undefined, title = slug): RehearsedSlide =>
	seconds === undefined ? {number, title, slug, shown: false} : {number, title, slug, shown: true, seconds};

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
		expect(log.ms).toEqual([35_000, 15_000, undefined]);
		const record = rehearsalRecord(log, {deckId: 'intro', slides, budgets: [60, undefined, 20.04], endedAt: 130_000});
		expect(record).toEqual({
			schema: 'briefing-deck/rehearsal',
			version: 2,
			deckId: 'intro',
			startedAt: '1970-01-01T00:00:00.000Z',
			endedAt: '1970-01-01T00:02:10.000Z',
			slides: [
				{number: 1, title: 'Welcome', slug: 'welcome', shown: true, seconds: 35, budget: 60},
				{number: 2, title: 'Why now', slug: 'why-now', shown: true, seconds: 15},
				{number: 3, title: '', slug: '', shown: true, seconds: 20, budget: 20},
			],
		});
	});

	it('keeps no time for the slides a run quit before reaching', () => {
		// The opening rehearsed, then quit: the rest of the deck was never shown.
		let log = startRehearsal(3, 0);
		log = observe(log, 0, 0);
		const record = rehearsalRecord(log, {deckId: 'intro', slides, budgets: [60, 90, 30], endedAt: 11_000});
		expect(record.slides).toEqual([
			{number: 1, title: 'Welcome', slug: 'welcome', shown: true, seconds: 11, budget: 60},
			{number: 2, title: 'Why now', slug: 'why-now', shown: false, budget: 90},
			{number: 3, title: '', slug: '', shown: false, budget: 30},
		]);
	});

	it('counts a slide reached with the timer paused as not shown', () => {
		let log = startRehearsal(2, 0);
		log = observe(log, 0, 0);
		// Paused on the first slide, then on to the second, and quit.
		log = observe(log, undefined, 5000);
		const record = rehearsalRecord(log, {deckId: 'intro', slides: slides.slice(0, 2), budgets: [], endedAt: 9000});
		expect(record.slides.map(slide => slide.shown)).toEqual([true, false]);
	});

	it('returns the same log when nothing changes', () => {
		const log = observe(startRehearsal(2, 0), 1, 5);
		expect(observe(log, 1, 99)).toBe(log);
		const idle = startRehearsal(2, 0);
		expect(observe(idle, undefined, 99)).toBe(idle);
	});
});

describe('rehearsedSeconds', () => {
	const rehearsal = {slides: [kept(1, 'welcome', 30), kept(2, 'why-now', 90), kept(3, '', 12)]};

	it('matches slides by slug, so moved slides keep their times', () => {
		expect(rehearsedSeconds(rehearsal, [{number: 1, slug: 'why-now'}, {number: 2, slug: 'welcome'}])).toEqual([90, 30]);
	});

	it('matches untitled slides by number, and gives new slides nothing', () => {
		expect(rehearsedSeconds(rehearsal, [{number: 1, slug: 'brand-new'}, {number: 2, slug: ''}, {number: 3, slug: ''}])).toEqual([undefined, undefined, 12]);
	});
});

describe('rehearsedSeconds of a run that did not reach every slide', () => {
	it('gives the slides it did not reach no time, not 0', () => {
		expect(rehearsedSeconds({slides: [kept(1, 'welcome', 11), kept(2, 'why-now', undefined), kept(3, '', undefined)]}, [{number: 1, slug: 'welcome'}, {number: 2, slug: 'why-now'}, {number: 3, slug: ''}]))
			.toEqual([11, undefined, undefined]);
	});
});

describe('latestRehearsedSeconds', () => {
	const deck = [{number: 1, slug: 'welcome'}, {number: 2, slug: 'why-now'}, {number: 3, slug: 'next'}, {number: 4, slug: 'new'}];
	const full = {slides: [kept(1, 'welcome', 40), kept(2, 'why-now', 90), kept(3, 'next', 30)]};
	const opening = {slides: [kept(1, 'welcome', 25), kept(2, 'why-now', undefined), kept(3, 'next', undefined)]};

	it('takes each slide from the latest run that reached it', () => {
		// A full run, then the opening rehearsed again: the opening is newer, the rest keep the full run's times.
		expect(latestRehearsedSeconds([full, opening], deck)).toEqual([25, 90, 30, undefined]);
	});

	it('leaves a slide no run reached without a time', () => {
		expect(latestRehearsedSeconds([opening], deck)).toEqual([25, undefined, undefined, undefined]);
		expect(latestRehearsedSeconds([], deck)).toEqual([undefined, undefined, undefined, undefined]);
	});

	it('prefers a newer run even where it was quicker', () => {
		const quick = {slides: [kept(1, 'welcome', 5), kept(2, 'why-now', 10), kept(3, 'next', undefined)]};
		expect(latestRehearsedSeconds([full, quick], deck)).toEqual([5, 10, 30, undefined]);
	});
});
