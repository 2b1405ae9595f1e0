import type {Rehearsal} from '../../source/core/records/rehearsal.js';

/** A valid rehearsal of deck `intro`: two slides, ten minutes after one. */
export const makeRehearsal = (overrides: Partial<Rehearsal> = {}): Rehearsal => ({
	schema: 'briefing-deck/rehearsal',
	version: 2,
	deckId: 'intro',
	startedAt: '2026-11-24T01:00:00.000Z',
	endedAt: '2026-11-24T01:10:00.000Z',
	slides: [
		{number: 1, title: 'Welcome', slug: 'welcome', shown: true, seconds: 42.5, budget: 60},
		{number: 2, title: 'Why now', slug: 'why-now', shown: true, seconds: 100},
	],
	...overrides,
});
