import {describe, expect, it} from 'vitest';
import {parseDeck} from '../../source/core/deck/parse.js';
import {deckToPlainText} from '../../source/core/layout/deck-text.js';

/**
A deck far larger than any talk: it must parse completely and correctly.
Speed is measured by the benchmark, not asserted here (timings flake in CI).
*/
const slideCount = 1000;
const questionCount = 200;

function largeDeck(): string {
	const lines = ['---', 'title: A thousand slides', 'duration: 600', '---', ''];
	for (let number = 1; number <= slideCount; number++) {
		if (number > 1) {
			lines.push('---', '');
		}

		lines.push(
			`## Slide number ${number}`,
			'',
			`Paragraph with **bold**, _italic_ and \`code\` on slide ${number}.`,
			'',
			'- one',
			'- two',
			'',
			'<!-- pause -->',
			'',
			'```ts',
			`const slide = ${number};`,
			'```',
			'',
			`<!-- Note for slide ${number}. -->`,
			'',
		);
	}

	lines.push('<!-- quiz -->', '', '# The big quiz', '');
	for (let index = 1; index <= questionCount; index++) {
		const multiple = index % 10 === 0;
		lines.push(
			`## Question ${index}: what is on slide ${index * 5}?`,
			'',
			`- [x] Slide ${index * 5}`,
			`- [${multiple ? 'x' : ' '}] Another slide`,
			'- [ ] No slide',
			'',
			`See [the slide](#slide-number-${index * 5}).`,
			'',
		);
	}

	lines.push('## A card to finish', '', 'Think about it. See [the first slide](#1).', '');
	return lines.join('\n');
}

describe('a 1,000-slide deck with a quiz', () => {
	const text = largeDeck();
	const {deck, diagnostics} = parseDeck(text);

	it('parses with no diagnostics', () => {
		expect(diagnostics).toEqual([]);
	});

	it('has every slide, in order, with its title, line, steps and note', () => {
		expect(deck.slides).toHaveLength(slideCount);
		expect(deck.slides.map(slide => slide.number)).toEqual(Array.from({length: slideCount}, (_, index) => index + 1));
		for (const slide of deck.slides) {
			expect(slide.title).toBe(`Slide number ${slide.number}`);
			expect(slide.steps).toEqual([3, 4]);
			expect(slide.notes).toEqual([`Note for slide ${slide.number}.`]);
		}

		// Each slide is 17 lines long, and the first starts on line 6.
		expect(deck.slides[0]?.line).toBe(6);
		expect(deck.slides[999]?.line).toBe(6 + (999 * 17));
	});

	it('has every question, each linked to its slide', () => {
		const questions = deck.quiz?.questions ?? [];
		expect(deck.quiz?.title).toBe('The big quiz');
		expect(questions).toHaveLength(questionCount + 1);
		expect(questions.filter(question => question.kind === 'multiple')).toHaveLength(questionCount / 10);
		expect(questions.filter(question => question.kind === 'single')).toHaveLength(questionCount - (questionCount / 10));
		expect(questions.at(-1)).toMatchObject({kind: 'card', slide: 1});
		questions.slice(0, questionCount).forEach((question, index) => {
			expect(question.slide).toBe((index + 1) * 5);
			expect(question.options).toHaveLength(3);
		});
		expect(new Set(questions.map(question => question.id)).size).toBe(questions.length);
	});

	it('prints as a transcript of every slide', () => {
		const transcript = deckToPlainText(deck, {answers: true});
		expect(transcript).toContain('Slide 1000/1000: Slide number 1000');
		expect(transcript.match(/^── Slide \d+\/1000/gm)).toHaveLength(slideCount);
	});
});
