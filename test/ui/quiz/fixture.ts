/** A small deck with one question of each kind, linked to slides. */
import type {Deck, Question, Slide} from '../../../source/core/deck/types.js';

import {paragraph} from '../helpers.js';

const slide = (number: number, title: string, body: string): Slide => ({
	number,
	title,
	slug: title.toLowerCase().replaceAll(' ', '-'),
	blocks: [{kind: 'heading', level: 2, spans: [{text: title, style: {}}], line: 1}, paragraph(body)],
	steps: [1, 2],
	notes: [],
	line: number * 10,
});

export const option = (text: string, correct: boolean, feedback?: string) => ({
	text,
	spans: [{text, style: {}}],
	correct,
	feedback: feedback === undefined ? [] : [paragraph(feedback)],
	line: 1,
});

/** `count` numbered words: `stem1 stem2 …`, to make text of a known length. */
export const words = (count: number, stem: string): string => Array.from({length: count}, (_, index) => `${stem}${index + 1}`).join(' ');

export const single: Question = {
	id: 'capital',
	prompt: 'What is the capital of France?',
	kind: 'single',
	options: [option('Lyon', false, 'Lyon is the third city.'), option('Paris', true, 'Yes, Paris.'), option('Nice', false), option('Lille', false)],
	correct: [1],
	explanation: [paragraph('Paris has been the capital since 987.')],
	slide: 2,
	line: 1,
};

export const multiple: Question = {
	id: 'primes',
	prompt: 'Which of these are prime?',
	kind: 'multiple',
	options: [option('Two', true), option('Four', false, 'Four is two squared.'), option('Seven', true), option('Nine', false)],
	correct: [0, 2],
	explanation: [paragraph('A prime has exactly two divisors.')],
	slide: 3,
	line: 1,
};

export const card: Question = {
	id: 'boiling',
	prompt: 'At what temperature does water boil at sea level?',
	kind: 'card',
	options: [],
	correct: [],
	explanation: [paragraph('One hundred degrees Celsius.')],
	line: 1,
};

export const deck: Deck & {readonly quiz: NonNullable<Deck['quiz']>} = {
	meta: {title: 'Facts', id: 'facts'},
	slides: [
		slide(1, 'Welcome', 'Hello there.'),
		slide(2, 'Cities of France', 'Paris is the capital of France.'),
		slide(3, 'Prime numbers', 'Primes have exactly two divisors.'),
	],
	quiz: {title: 'Facts quiz', questions: [single, multiple, card], hash: 'hash-1'},
};
