import stringWidth from 'string-width';
import type {Deck, Question, Slide} from '../deck/types.js';
import {blocksToPlainLines, blocksToPlainText, spansToPlainText} from './plain-text.js';
import {append} from '../text/arrays.js';
import {optionLetter} from '../text/option-letter.js';

/**
The deck as a plain linear transcript: for handouts, screen readers and pipes.
The slides' blocks read as plain-text.ts reads them, as on a screen reader's
slideshow; this adds the deck's title, a heading for each slide, the notes and
the answer key. Text is never wrapped, and no escape sequence is written.
*/

type TranscriptOptions = {
	readonly notes?: boolean;
	readonly answers?: boolean;
};

export function deckToPlainText(deck: Deck, options: TranscriptOptions = {}): string {
	const {meta} = deck;
	const byline = [meta.subtitle, meta.author, meta.date].filter(Boolean).join(' · ');
	const parts: string[] = [meta.title, ...(byline ? [byline] : []), ''];
	for (const slide of deck.slides) {
		parts.push(slideToPlainText(slide, deck.slides.length, options), '');
	}

	if (deck.quiz && options.answers) {
		parts.push(rule(`Quiz: ${deck.quiz.title}`), '');
		deck.quiz.questions.forEach((question, index) => {
			parts.push(questionToPlainText(question, index + 1, deck.slides), '');
		});
	}

	return parts.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

function slideToPlainText(slide: Slide, total: number, options: TranscriptOptions = {}): string {
	const header = rule(`Slide ${slide.number}/${total}${slide.title ? `: ${slide.title}` : ''}`);
	const lines = [header, '', blocksToPlainText(slide.blocks)];
	if (options.notes && slide.notes.length > 0) {
		append(lines, ['', 'Notes:', ...slide.notes.map(note => indent(note, '  '))]);
	}

	return lines.join('\n');
}

function questionToPlainText(question: Question, number: number, slides: readonly Slide[]): string {
	const lines = [`${number}. ${question.prompt}${question.kind === 'multiple' ? ' (choose all that apply)' : ''}`];
	question.options.forEach((option, index) => {
		const label = `   ${optionLetter(index)}) `;
		lines.push(`${label}${spansToPlainText(option.spans).trim()}`);
		// What the quiz says when this option is chosen, under it as in the deck.
		append(lines, blocksToPlainLines(option.feedback).map(line => `${' '.repeat(label.length)}${line}`));
	});
	if (question.kind === 'card') {
		append(lines, ['   Answer:', ...blocksToPlainLines(question.explanation).map(line => `     ${line}`)]);
	} else {
		lines.push(`   Answer: ${question.correct.map(index => optionLetter(index)).join(', ')}`);
		append(lines, blocksToPlainLines(question.explanation).map(line => `   ${line}`));
	}

	const slide = question.slide === undefined ? undefined : slides[question.slide - 1];
	if (slide) {
		lines.push(`   Review: slide ${slide.number}${slide.title ? `, ${slide.title}` : ''}`);
	}

	return lines.join('\n');
}

function rule(title: string): string {
	return `── ${title} ${'─'.repeat(Math.max(3, 60 - stringWidth(title)))}`;
}

function indent(text: string, prefix: string): string {
	return text.split('\n').map(line => prefix + line).join('\n');
}
