import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {uncoveredSlides} from '../../source/commands/check/check-report.js';
import {bundledDeckNames, bundledDecksDirectory, DEFAULT_DECK, resolveDeckPath} from '../../source/io/deck/bundled.js';
import {loadDeck} from '../../source/io/deck/load.js';
import {deckToPlainText} from '../../source/core/layout/deck-text.js';
import {createSlideLayouts} from '../../source/ui/kit/slide-pages.js';
import {slideshowLayout} from '../../source/ui/slideshow/slideshow-layout.js';
import type {Question} from '../../source/core/deck/types.js';
import {repoRoot} from './helpers.js';

const deckPath = path.join(repoRoot, 'decks', `${DEFAULT_DECK}.md`);
const result = loadDeck(deckPath);
const deck = result.deck!;
const questions = deck.quiz?.questions ?? [];

/**
The eight questions of the article's "Frequently Asked Questions" section
(/work/shared/source/briefing-article.txt), each with the id the deck gives
it, words its prompt must keep, and words its right answer must say.
*/
const faq = [
	{id: 'faq-exact-role', prompt: 'exact role at Anthropic', answer: 'Nick Joseph'},
	{id: 'faq-eureka-shut-down', prompt: 'shut down Eureka Labs', answer: 'back seat'},
	{id: 'faq-why-pretraining', prompt: 'pre-training research matter more than fine-tuning or alignment', answer: 'costliest phase'},
	{id: 'faq-claude-accelerating-claude', prompt: 'accelerate Claude’s pre-training', answer: 'Synthetic data, curriculum design, architecture search'},
	{id: 'faq-openai-talent', prompt: 'OpenAI’s recent talent moves', answer: 'away from OpenAI'},
	{id: 'faq-pricing', prompt: 'pricing or product availability', answer: 'Not in the short term'},
	{id: 'faq-vibe-coding', prompt: '“vibe coding” really a Karpathy term', answer: 'early 2025'},
	{id: 'faq-team-size', prompt: 'How big is the team', answer: 'not been disclosed'},
] as const;

const questionById = (id: string): Question => {
	const question = questions.find(candidate => candidate.id === id);
	if (!question) {
		throw new Error(`no question with id ${id}`);
	}

	return question;
};

describe('the bundled briefing deck', () => {
	it('is the default deck and is listed among the bundled decks', () => {
		expect(bundledDecksDirectory()).toBe(path.join(repoRoot, 'decks'));
		expect(bundledDeckNames()).toContain(DEFAULT_DECK);
		expect(resolveDeckPath(undefined)).toBe(deckPath);
		expect(resolveDeckPath(DEFAULT_DECK)).toBe(deckPath);
	});

	it('parses with no diagnostics at all', () => {
		expect(result.diagnostics).toEqual([]);
		expect(result.deck).toBeDefined();
	});

	it('has its front matter: title, subtitle, author, the article\'s date, a 15-minute duration and a stable id', () => {
		expect(deck.meta).toEqual({
			title: 'Karpathy Joins Anthropic',
			subtitle: 'What It Means for Claude',
			author: 'AI Tool Briefing Team',
			// The article's date; May 19 is the announcement's, and the opening slide says so.
			date: '2026-05-23',
			duration: 15,
			id: 'karpathy-joins-anthropic',
			idOrigin: {id: 'karpathy-joins-anthropic', explicit: true, line: 7},
		});
	});

	it('has 13 slides, each with a title and at least one speaker note', () => {
		expect(deck.slides).toHaveLength(13);
		for (const slide of deck.slides) {
			expect(slide.title, `slide ${slide.number}`).not.toBe('');
			expect(slide.notes.length, `notes of slide ${slide.number}`).toBeGreaterThanOrEqual(1);
		}

		expect(new Set(deck.slides.map(slide => slide.slug)).size).toBe(13);
		expect(deck.slides[0]?.title).toBe('Karpathy Joins Anthropic');
		expect(deck.slides.at(-1)?.title).toBe('Sources');
	});

	it('opens on the hook: the six-word post and its views', () => {
		const opening = deckToPlainText({...deck, slides: deck.slides.slice(0, 1)}, {});
		expect(opening).toContain('“Personal update: I’ve joined Anthropic.”');
		expect(opening).toContain('three million views');
	});

	it('ends on its sources: the five outlets the article cites', () => {
		const sources = deckToPlainText({...deck, slides: deck.slides.slice(-1)}, {});
		for (const outlet of ['TechCrunch', 'CNBC', 'Axios', 'Fortune', 'VentureBeat']) {
			expect(sources).toContain(outlet);
		}
	});

	it('keeps slides short for a talk: at most 50 words on any slide, the detail in the notes', () => {
		for (const slide of deck.slides) {
			const text = deckToPlainText({...deck, slides: [slide]}, {}).split('\n').slice(4).join(' ');
			const words = text.split(/\s+/).filter(word => /\p{L}/u.test(word));
			expect(words.length, `slide ${slide.number} “${slide.title}”`).toBeLessThanOrEqual(50);
		}
	});

	it('fits every step of every slide on one screen of an 80×24 terminal, footer shown or not', () => {
		for (const footer of [false, true]) {
			const frame = slideshowLayout({columns: 80, rows: 24}, {footer, panel: false});
			const pages = createSlideLayouts(deck).atSize(frame.slideWidth, frame.slideHeight);
			for (const [index, slide] of deck.slides.entries()) {
				for (const step of slide.steps.keys()) {
					expect(pages.pageCount(index, step), `slide ${slide.number} step ${step + 1}, footer ${footer}`).toBe(1);
				}
			}
		}
	});

	it('gives every slide a time budget, and the budgets add up to the duration', () => {
		const seconds = deck.slides.map(slide => slide.time);
		expect(seconds.every(time => time !== undefined), JSON.stringify(seconds)).toBe(true);
		expect(seconds.reduce((sum = 0, time = 0) => sum + time, 0)).toBe(15 * 60);
	});

	it('reveals the recursive-bet workflows and the two scenarios step by step', () => {
		const stepped = deck.slides.filter(slide => slide.steps.length > 1).map(slide => slide.title);
		expect(stepped).toEqual(['Leaving his own company', 'The recursive bet: Claude training Claude', 'The article’s take: two scenarios']);
	});

	it('keeps each note with the step it is for: the notes after a pause are the revealed step\'s', () => {
		for (const slide of deck.slides.filter(candidate => candidate.steps.length > 1)) {
			expect(slide.noteSteps, slide.title).toEqual([0, 1]);
		}

		const bet = deck.slides.find(slide => slide.slug === 'the-recursive-bet-claude-training-claude')!;
		expect(bet.notes[0]).toContain('before you reveal the list');
	});

	it('has a short quiz, about 12 questions, with unique ids', () => {
		expect(deck.quiz?.title).toBe('Check your understanding');
		expect(questions.length).toBeGreaterThanOrEqual(12);
		expect(questions.length).toBeLessThanOrEqual(14);
		expect(deck.slides[0]?.notes.join(' ')).toContain(`${questions.length} quiz questions`);
		expect(new Set(questions.map(question => question.id)).size).toBe(questions.length);
	});

	it('asks the eight FAQ questions first, in the article\'s order', () => {
		expect(questions.slice(0, faq.length).map(question => question.id)).toEqual(faq.map(question => question.id));
	});

	it.each(faq)('covers the FAQ question $id as a single choice of 4 options', ({id, prompt, answer}) => {
		const question = questionById(id);
		expect(question.prompt).toContain(prompt);
		expect(question.kind).toBe('single');
		expect(question.options).toHaveLength(4);
		expect(question.correct).toHaveLength(1);
		expect(question.options[question.correct[0]!]?.text).toContain(answer);
		expect(question.explanation.length).toBeGreaterThan(0);
	});

	it('does not give the answer away by length: right options are no longer than wrong ones on average', () => {
		const lengths = (right: boolean) => questions.flatMap(question => question.options.filter(option => option.correct === right).map(option => option.text.length));
		const average = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
		expect(average(lengths(true))).toBeLessThanOrEqual(average(lengths(false)));
	});

	it('has at least one multiple-choice question and one self-graded card', () => {
		const kinds = questions.map(question => question.kind);
		expect(kinds).toContain('multiple');
		expect(kinds).toContain('card');
		for (const question of questions.filter(candidate => candidate.kind === 'multiple')) {
			expect(question.correct.length, question.id).toBeGreaterThan(1);
		}
	});

	it('links every question to the slide it reviews, and every link resolves', () => {
		for (const question of questions) {
			expect(question.slide, question.id).toBeDefined();
			expect(deck.slides[question.slide! - 1], question.id).toBeDefined();
		}

		expect(questionById('faq-exact-role').slide).toBe(deck.slides.find(slide => slide.slug === 'what-actually-happened')?.number);
		expect(questionById('faq-team-size').slide).toBe(deck.slides.find(slide => slide.slug === 'signals-to-watch')?.number);
	});

	it('links every slide, the title slide included, from at least one question', () => {
		expect(uncoveredSlides(result).map(slide => `${slide.number} ${slide.title}`)).toEqual([]);
	});

	it('prints as a transcript with every slide title and the answer key', () => {
		const text = deckToPlainText(deck, {notes: true, answers: true});
		for (const slide of deck.slides) {
			expect(text).toContain(`Slide ${slide.number}/13: ${slide.title}`);
		}

		expect(text).toContain('Quiz: Check your understanding');
		expect(text).toContain('Notes:');
	});
});
