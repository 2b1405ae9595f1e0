import {describe, expect, it} from 'vitest';
import {parseDeck} from '../../source/core/deck/parse.js';
import {deckToPlainText} from '../../source/core/layout/deck-text.js';
import {layoutSlide} from '../../source/core/layout/index.js';

/**
A single block of 130,000 lines: past the point where spreading its lines into
a call (`lines.push(...)`) overflowed the stack before the first frame.
*/
const count = 130_000;
const decks: Record<string, string> = {
	'list items': `# Long\n\n${Array.from({length: count}, (_, index) => `- item ${index}`).join('\n')}\n`,
	'code lines': `# Long\n\n\`\`\`\n${Array.from({length: count}, (_, index) => `line ${index}`).join('\n')}\n\`\`\`\n`,
	'hard breaks': `# Long\n\n${Array.from({length: count}, (_, index) => `line ${index}  `).join('\n')}\n`,
	'table rows': `# Long\n\n| a | b |\n| --- | --- |\n${Array.from({length: count}, (_, index) => `| ${index} | x |`).join('\n')}\n`,
};

describe.each(Object.entries(decks))('a block of %s', (_name, text) => {
	const {deck} = parseDeck(text);

	it('prints as a transcript', () => {
		const transcript = deckToPlainText(deck);
		expect(transcript).toContain(String(count - 1));
	});

	it('lays out its first page', () => {
		const [first] = layoutSlide(deck.slides[0]!, 0, {width: 80, height: 20}).pages;
		expect(first?.lines.length).toBeLessThanOrEqual(20);
		expect(first?.more).toBe(true);
	});
});

describe('front matter nested deeper than anyone writes', () => {
	it.each([
		['flow', `title: ${'['.repeat(5000)}${']'.repeat(5000)}`],
		['block', Array.from({length: 3000}, (_, index) => `${' '.repeat(index)}k${index}:`).join('\n')],
	])('%s nesting is a clear error, not a stack overflow', (_kind, yaml) => {
		const {diagnostics} = parseDeck(`---\n${yaml}\n---\n\n# Deck\n`);
		expect(diagnostics).toEqual([expect.objectContaining({severity: 'error', message: 'front matter is nested more than 64 levels deep'})]);
	});
});
