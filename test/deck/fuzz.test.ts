import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {parseDeck} from '../../source/core/deck/parse.js';
import {deckToPlainText} from '../../source/core/layout/deck-text.js';
import {mulberry32} from '../../source/core/quiz/shuffle.js';
import {hasUnsafeCharacters} from '../../source/core/text/sanitize.js';
import {strings} from './helpers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpus = path.resolve(root, '..', 'shared', 'corpus');

const seedDecks = [
	...['karpathy-joins-anthropic.md', 'example.md'].map(name => path.join(root, 'decks', name)),
	...(fs.existsSync(corpus) ? fs.readdirSync(corpus, {recursive: true, encoding: 'utf8'}).filter(name => name.endsWith('.md') && name.includes(path.sep)).map(name => path.join(corpus, name)) : []),
].map(file => fs.readFileSync(file, 'utf8'));

/** Fragments that matter to the parser, and bytes that must never get through. */
const fragments = [
	'---\n', '\n---\n\n', '<!-- quiz -->\n', '## Question?\n', '- [x] right\n', '- [ ] wrong\n', '<!--', '-->',
	'[link](#no-such-slide)', '```\n', '> ', '| a | b |\n|---|:-:|\n', '\u001B[31m', '\u001B]52;c;aGk=\u0007', '\u009B',
	'\u202E', '<!-- pause -->', '<!-- id: same -->', '\uFEFF', '\r\n', '    ', '1. ', '* ', '# ', '\t', '<br>',
	'<!-- end_slide -->', 'title: [', ':\n', '&amp;', '\\', '*', '_', '`', '>>>>>>>>>>',
];

/** A seed deck with random fragments inserted, text cut out, and random characters. */
function mutate(text: string, random: () => number): string {
	let result = text;
	const edits = 1 + Math.floor(random() * 20);
	for (let edit = 0; edit < edits; edit++) {
		const at = Math.floor(random() * (result.length + 1));
		const kind = random();
		if (kind < 0.5) {
			result = result.slice(0, at) + fragments[Math.floor(random() * fragments.length)]! + result.slice(at);
		} else if (kind < 0.8) {
			result = result.slice(0, at) + result.slice(at + Math.floor(random() * 40));
		} else {
			result = result.slice(0, at) + String.fromCodePoint(Math.floor(random() * 0x30_00)) + result.slice(at);
		}
	}

	return result;
}

describe('damaged decks', () => {
	it('never make the parser throw, and nothing unsafe reaches the model or the transcript', () => {
		// Seeded, so a failure names an input that can be reproduced.
		const random = mulberry32(20_261_124);
		for (let run = 0; run < 1000; run++) {
			const text = mutate(seedDecks[run % seedDecks.length]!, random);
			let result;
			try {
				result = parseDeck(text);
			} catch (error) {
				throw new Error(`run ${run}: parseDeck threw ${String(error)} on:\n${JSON.stringify(text)}`);
			}

			const unsafe = strings(result.deck).filter(([, value]) => hasUnsafeCharacters(value));
			expect(unsafe, `run ${run}`).toEqual([]);
			expect(hasUnsafeCharacters(deckToPlainText(result.deck, {notes: true, answers: true})), `run ${run}`).toBe(false);
			for (const diagnostic of result.diagnostics) {
				expect(diagnostic.line, `run ${run}`).toBeGreaterThanOrEqual(1);
				expect(diagnostic.column, `run ${run}`).toBeGreaterThanOrEqual(1);
			}
		}
	});
});
