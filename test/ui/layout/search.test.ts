import {describe, expect, test} from 'vitest';
import {searchSlides} from '../../../source/core/layout/search.js';
import {bullets, code, heading, paragraph, slide, span, table} from './build.js';

const slides = [
	slide([heading(1, 'Incident review')], {number: 1}),
	slide([heading(2, 'Timeline'), paragraph('The ', span('database', {bold: true}), ' failed over.'), paragraph('Then the DATABASE recovered.')], {number: 2, steps: [2, 3]}),
	slide([heading(2, 'Fixes'), bullets('add alerts'), paragraph('nothing about the db')], {number: 3, steps: [1, 2, 3]}),
	slide([heading(2, 'Data'), table(['left'], ['Store'], [['Database A']]), code('SELECT * FROM database')], {number: 4}),
];

describe('searchSlides', () => {
	test('finds matches case-insensitively, in deck order, titles included', () => {
		expect(searchSlides(slides, 'review')).toEqual([{slide: 0, step: 0, snippet: 'Incident review'}]);
		expect(searchSlides(slides, 'DataBase').map(({slide, step}) => [slide, step])).toEqual([[1, 0], [1, 1], [3, 0]]);
	});

	test('gives the step that reveals each match, once per step', () => {
		expect(searchSlides(slides, 'alerts')).toEqual([{slide: 2, step: 1, snippet: '- add alerts'}]);
		expect(searchSlides(slides, 'the').map(({slide, step}) => [slide, step])).toEqual([[1, 0], [1, 1], [2, 2]]);
	});

	test('matches across styled runs', () => {
		expect(searchSlides(slides, 'the database failed')).toHaveLength(1);
	});

	test('finds a link by its text, not by the URL a clickable link does not show', () => {
		const linked = [slide([paragraph('Read ', span('the guide', {href: 'https://example.com/guide'}), '.')], {number: 1})];
		expect(searchSlides(linked, 'guide')).toEqual([{slide: 0, step: 0, snippet: 'Read the guide.'}]);
		expect(searchSlides(linked, 'example.com')).toEqual([]);
	});

	test('finds nothing for a blank query or text that is not there', () => {
		expect(searchSlides(slides, ' ')).toEqual([]);
		expect(searchSlides(slides, 'kubernetes')).toEqual([]);
	});
});
