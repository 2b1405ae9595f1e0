import {describe, expect, it} from 'vitest';
import {compareWithArticle, faqQuestionRanges, formatReport} from './own-words.js';

const article = [
	'Title of the piece',
	'',
	'The lab hired a famous researcher to build a team that trains the next model with the current one.',
	'',
	'Frequently Asked Questions',
	'',
	'What does the new team actually do at the lab every day?',
	'',
	'It builds a team that trains the next model with the current one.',
].join('\n');

const deck = (...lines: string[]) => lines.join('\n') + '\n';

describe('faqQuestionRanges', () => {
	it('finds the question lines after the FAQ heading, and nothing before it', () => {
		expect(faqQuestionRanges(article).map(([start, end]) => article.slice(start, end))).toEqual(['What does the new team actually do at the lab every day?']);
		expect(faqQuestionRanges('Is this a question?\nNo FAQ here.')).toEqual([]);
	});
});

describe('compareWithArticle', () => {
	it('reports a run of 8 or more shared words with its line and column in the deck and its line in the article', () => {
		const report = compareWithArticle(article, deck('## Slide', '', '- They hired a famous researcher to build a team that', '  trains the next model.'));
		expect(report.runs).toEqual([{
			words: 13,
			line: 3,
			column: 8,
			endLine: 4,
			articleLine: 3,
			text: 'hired a famous researcher to build a team that trains the next model',
		}]);
		expect(report.longest).toBe(13);
		expect(report.meetsTarget).toBe(false);
	});

	it('leaves out text in quote marks and link targets', () => {
		const report = compareWithArticle(article, deck(
			'He came “to build a team that trains the next model” here.',
			'See [a team that trains the next model with the current one](#build-a-team-that-trains-the-next-model-with-the-current-one).',
		));
		expect(report.runs.map(run => run.text)).toEqual(['a team that trains the next model with the current one']);
	});

	it('lets the quiz ask the article\'s FAQ questions word for word', () => {
		expect(compareWithArticle(article, deck('## What does the new team actually do at the lab every day?')).runs).toEqual([]);
	});

	it('meets the target with runs of up to 7 words, and misses it with one of 8', () => {
		const words = Array.from({length: 200}, (_, index) => `w${index}`);
		const runs = (count: number, length: number) => Array.from({length: count}, (_, index) => words.slice(index * 15, index * 15 + length).join(' ')).join(' mine\n');
		expect(compareWithArticle(words.join(' '), runs(10, 7)).meetsTarget).toBe(true);
		expect(compareWithArticle(words.join(' '), runs(1, 8)).meetsTarget).toBe(false);
	});

	it('checks that a quote of two words or more is the article\'s words, in order, whole words only', () => {
		const report = compareWithArticle(article, deck(
			'He came “to build a team” here,',
			'and said “to build the team”,',
			'not “hired a famous research”, and "if" is a word of ours.',
		));
		expect(report.misquotes).toEqual([
			{line: 2, column: 10, text: '“to build the team”'},
			{line: 3, column: 5, text: '“hired a famous research”'},
		]);
		expect(report.meetsTarget).toBe(false);
	});
});

describe('formatReport', () => {
	it('lists every run with its length and place, then the totals against the target', () => {
		const report = compareWithArticle(article, deck('Intro', 'They hired a famous researcher to build a team.'));
		expect(formatReport(report, 'talk.md', 'article.txt')).toBe([
			'talk.md against article.txt:',
			'runs of 8 or more words in a row shared with the article, outside quote marks',
			'(the article\'s FAQ questions are left out, so the quiz may ask them as the article does)',
			'',
			'  8 words  talk.md:2:6  (article line 3)',
			'           hired a famous researcher to build a team',
			'',
			'1 run of 8+ words (target: none), longest 8 words; 0 quotes not word for word (target: none): target missed',
			'',
		].join('\n'));
	});

	it('says so when no run is long enough to report', () => {
		const report = compareWithArticle(article, deck('A team of its own, in its own words.'));
		expect(formatReport(report, 'talk.md', 'article.txt').split('\n').slice(4)).toEqual([
			'0 runs of 8+ words (target: none), longest under 8 words; 0 quotes not word for word (target: none): target met',
			'',
		]);
	});
});
