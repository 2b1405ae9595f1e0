import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {parseDeck} from '../../../source/core/deck/parse.js';
import {mulberry32} from '../../../source/core/quiz/shuffle.js';
import {hasUnsafeCharacters} from '../../../source/core/text/sanitize.js';
import {layoutSlide, lineText, lineWidth, MIN_BODY_HEIGHT, MIN_BODY_WIDTH} from '../../../source/core/layout/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const corpus = path.resolve(root, '..', 'shared', 'corpus');
const deckFiles = [
	...['karpathy-joins-anthropic.md', 'example.md'].map(name => path.join(root, 'decks', name)),
	...(fs.existsSync(corpus) ? fs.readdirSync(corpus, {recursive: true, encoding: 'utf8'}).filter(name => name.endsWith('.md') && name.includes(path.sep)).map(name => path.join(corpus, name)) : []),
];

describe('every slide of every real deck, at random sizes', () => {
	it('lays out without throwing, within the width and height, with no control characters', () => {
		const random = mulberry32(42);
		for (const file of deckFiles) {
			const {deck} = parseDeck(fs.readFileSync(file, 'utf8'));
			for (const slide of deck.slides) {
				for (let size = 0; size < 6; size++) {
					const width = MIN_BODY_WIDTH + Math.floor(random() * 100);
					const height = MIN_BODY_HEIGHT + Math.floor(random() * 40);
					const step = Math.floor(random() * slide.steps.length);
					const where = `${path.basename(file)} slide ${slide.number} step ${step} at ${width}x${height}`;
					const {pages} = layoutSlide(slide, step, {width, height, linkUrls: random() < 0.5, highlight: random() < 0.3 ? 'the' : undefined});
					expect(pages.length, where).toBeGreaterThan(0);
					for (const page of pages) {
						expect(page.lines.length, where).toBeLessThanOrEqual(height);
						for (const line of page.lines) {
							expect(lineWidth(line), `${where}: ${lineText(line)}`).toBeLessThanOrEqual(width);
							expect(hasUnsafeCharacters(lineText(line)), where).toBe(false);
						}
					}
				}
			}
		}
	});
});
