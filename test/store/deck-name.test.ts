import {describe, expect, it} from 'vitest';
import {chooseDeck, type KnownDeck, type NameCandidates} from '../../source/core/records/deck-name.js';

const wk1: KnownDeck = {id: 'weekly-sync', title: 'Weekly sync', source: '/talks/wk1/weekly.md', present: true};
const wk2: KnownDeck = {id: 'weekly-sync~3f2a1c', title: 'Weekly sync', source: '/talks/wk2/weekly.md', present: true};
const budget: KnownDeck = {id: 'budget-2026', title: 'Budget 2026', source: '/talks/budget.md', present: false};
const intro: KnownDeck = {id: 'intro', title: 'Introduction to the product', source: 'bundled:intro', present: true};

const candidates = (decks: readonly KnownDeck[], more: Partial<NameCandidates> = {}): NameCandidates => ({isFile: false, bundled: ['intro'], decks, ...more});

describe('choosing the deck a name means', () => {
	it('takes a file that is there first, then a bundled deck\'s name, before any id or title', () => {
		const clash: KnownDeck = {id: 'other', title: 'intro', present: true};
		expect(chooseDeck('intro', candidates([clash], {isFile: true}))).toEqual({kind: 'file'});
		expect(chooseDeck('intro', candidates([clash]))).toEqual({kind: 'bundled', name: 'intro'});
		expect(chooseDeck('intro.md', candidates([clash]))).toEqual({kind: 'bundled', name: 'intro'});
	});

	it('takes an id before a title, even a title that is exactly the name', () => {
		const titledLikeAnId: KnownDeck = {id: 'another', title: 'budget-2026', present: true};
		expect(chooseDeck('budget-2026', candidates([titledLikeAnId, budget]))).toEqual({kind: 'deck', deck: budget, by: 'id'});
		expect(chooseDeck('weekly-sync~3f2a1c', candidates([wk1, wk2]))).toEqual({kind: 'deck', deck: wk2, by: 'id'});
	});

	it('finds a deck whose file is gone by its id or its title', () => {
		expect(chooseDeck('budget-2026', candidates([budget]))).toMatchObject({kind: 'deck', deck: {present: false}});
		expect(chooseDeck('Budget 2026', candidates([budget]))).toEqual({kind: 'deck', deck: budget, by: 'title'});
	});

	it('matches a title with case and spacing aside, and a bundled deck by its title', () => {
		expect(chooseDeck('budget  2026', candidates([budget]))).toEqual({kind: 'deck', deck: budget, by: 'title'});
		expect(chooseDeck('INTRODUCTION to the product', candidates([intro]))).toEqual({kind: 'deck', deck: intro, by: 'title'});
	});

	it('takes an exact title over a longer title it starts', () => {
		const longer: KnownDeck = {id: 'budget-2026-review', title: 'Budget 2026 review', present: true};
		expect(chooseDeck('budget 2026', candidates([longer, budget]))).toEqual({kind: 'deck', deck: budget, by: 'title'});
	});

	it('takes the start of a title when only one title starts so', () => {
		expect(chooseDeck('bud', candidates([budget, wk1]))).toEqual({kind: 'deck', deck: budget, by: 'prefix'});
		expect(chooseDeck('Introduction', candidates([intro, budget]))).toEqual({kind: 'deck', deck: intro, by: 'prefix'});
	});

	it('lists the decks to choose from when a title, or the start of one, names several', () => {
		expect(chooseDeck('Weekly sync', candidates([wk2, wk1]))).toEqual({kind: 'ambiguous', decks: [wk1, wk2]});
		const weeklyReview: KnownDeck = {id: 'weekly-review', title: 'Weekly review', present: true};
		expect(chooseDeck('week', candidates([wk1, weeklyReview]))).toEqual({kind: 'ambiguous', decks: [weeklyReview, wk1]});
	});

	it('counts a deck known twice by one id once', () => {
		expect(chooseDeck('Weekly sync', candidates([wk1, {...wk1, present: false}]))).toMatchObject({kind: 'deck', deck: {id: 'weekly-sync'}});
	});

	it('suggests the names a miss is close to, and none when nothing is', () => {
		expect(chooseDeck('Weekly synk', candidates([wk1, budget]))).toEqual({kind: 'unknown', suggestions: ['weekly-sync', 'Weekly sync']});
		expect(chooseDeck('budgte-2026', candidates([wk1, budget]))).toEqual({kind: 'unknown', suggestions: ['budget-2026']});
		expect(chooseDeck('intor', candidates([]))).toEqual({kind: 'unknown', suggestions: ['intro']});
		expect(chooseDeck('sync', candidates([wk1]))).toEqual({kind: 'unknown', suggestions: ['weekly-sync', 'Weekly sync']});
		expect(chooseDeck('zzzzzz', candidates([wk1, budget]))).toEqual({kind: 'unknown', suggestions: []});
	});

	it('does not take an empty name as the start of every title', () => {
		expect(chooseDeck('', candidates([budget]))).toEqual({kind: 'unknown', suggestions: []});
	});
});
