import {describe, expect, it} from 'vitest';
import {deckToPlainText} from '../../../source/core/layout/deck-text.js';
import {Slideshow} from '../../../source/ui/slideshow/Slideshow.js';
import {frameMatching, press, readingKeys} from '../../helpers/frames.js';
import {fiveSlides, makeDeck, renderInTerminal, slide, text, unmountAfterEach} from '../helpers.js';

const keep = unmountAfterEach();

describe('screen-reader mode', () => {
	it('says where the slide is, its title, body and speaker notes', async () => {
		const app = renderInTerminal(<Slideshow deck={fiveSlides()} hyperlinks={false} offerQuiz={false} clock={() => 0}/>, {screenReader: true});
		keep(app);
		await readingKeys(app);
		expect(app.lastFrame()).toContain('Slide 1 of 5: Alpha');
		expect(app.lastFrame()).toContain('First slide body');
		await press(app, '3', '\r');
		const frame = app.lastFrame();
		expect(frame).toContain('Slide 3 of 5: Charlie');
		expect(frame).toContain('Notes: Say hello');
		// The footer is read as its label, not as a row of block characters.
		expect(frame).not.toContain('█');
		// Blank spacing rows are not read out.
		expect(frame.split('\n').filter(line => line.trim() === '')).toHaveLength(0);
	});

	it('reads notes written over several lines as one text, and `p` adds no glyphs or frames', async () => {
		// The second note is for the second step: beside the first, it is drawn behind a rule.
		const first = {...slide(1, 'One', ['Body', 'More'], {steps: [2, 3], notes: ['First note, written\nover two lines.', 'A later note.']}), noteSteps: [0, 1]};
		const deck = makeDeck([first, slide(2, 'Two')]);
		const app = renderInTerminal(<Slideshow deck={deck} hyperlinks={false} offerQuiz={false} clock={() => 0}/>, {columns: 80, rows: 24, screenReader: true});
		keep(app);
		await readingKeys(app);
		expect(app.lastFrame()).toContain('Notes: First note, written over two lines.');
		await press(app, 'p');
		const frame = app.lastFrame();
		expect(frame).toContain('Notes');
		expect(frame).toContain('A later note.');
		expect(frame).not.toMatch(/[▌│─┌┐└┘╭╮╰╯]/);
	});

	it.each([false, true])('reads a link with its URL, as `print` writes it (hyperlinks %s)', async hyperlinks => {
		const linked = slide(1, 'Links');
		const guide = {kind: 'paragraph', spans: [text('Read '), {text: 'the guide', style: {href: 'https://example.com/guide'}}, text(' first.')], line: 12} as const;
		const deck = makeDeck([{...linked, blocks: [...linked.blocks, guide], steps: [2]}, slide(2, 'Two')]);
		const app = renderInTerminal(<Slideshow deck={deck} hyperlinks={hyperlinks} offerQuiz={false} clock={() => 0}/>, {columns: 80, rows: 24, screenReader: true});
		keep(app);
		const line = 'Read the guide (https://example.com/guide) first.';
		expect(await frameMatching(app, line)).toContain(line);
		expect(deckToPlainText(deck)).toContain(`\n${line}\n`);
	});
});
