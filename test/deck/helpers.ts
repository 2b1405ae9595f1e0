import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {expect} from 'vitest';
import {parseDeck} from '../../source/core/deck/parse.js';
import type {Block, Deck, Diagnostic, Question, Slide, Span} from '../../source/core/deck/types.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const fixturesDir = path.join(repoRoot, 'test', 'fixtures', 'decks');
export const fixture = (name: string): string => path.join(fixturesDir, name);

/** Joins lines with `\n`, so a deck reads top to bottom in the test and line numbers are easy to count. */
export const md = (...lines: string[]): string => lines.join('\n') + '\n';

/** Parses a deck that is expected to be clean: fails the test on any diagnostic. */
export function parseClean(text: string): Deck {
	const {deck, diagnostics} = parseDeck(text, {fileName: 'test'});
	expect(diagnostics).toEqual([]);
	return deck;
}

export function slideAt(deck: Deck, number: number): Slide {
	const slide = deck.slides[number - 1];
	if (!slide) {
		throw new Error(`the deck has no slide ${number} (it has ${deck.slides.length})`);
	}

	return slide;
}

export function questionAt(deck: Deck, index: number): Question {
	const question = deck.quiz?.questions[index];
	if (!question) {
		throw new Error(`the deck has no question ${index}`);
	}

	return question;
}

export function blockAt<K extends Block['kind']>(blocks: readonly Block[], index: number, kind: K): Extract<Block, {kind: K}> {
	const block = blocks[index];
	if (block?.kind !== kind) {
		throw new Error(`block ${index} is ${block?.kind ?? 'missing'}, not ${kind}`);
	}

	return block as Extract<Block, {kind: K}>;
}

export const textOf = (spans: readonly Span[]): string => spans.map(span => span.text).join('');

/** Just the parts of a diagnostic a test pins down. */
export const where = (diagnostic: Diagnostic) => ({severity: diagnostic.severity, line: diagnostic.line, column: diagnostic.column});

/** Every string anywhere in a value, with the path to it. */
export function strings(value: unknown, at = '$'): Array<[string, string]> {
	if (typeof value === 'string') {
		return [[at, value]];
	}

	if (Array.isArray(value)) {
		return value.flatMap((item, index) => strings(item, `${at}[${index}]`));
	}

	if (value && typeof value === 'object') {
		return Object.entries(value).flatMap(([key, item]) => [...strings(key, `${at}.<key>`), ...strings(item, `${at}.${key}`)]);
	}

	return [];
}
