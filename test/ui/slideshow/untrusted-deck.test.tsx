import {describe, expect, it} from 'vitest';
import type {Deck} from '../../../source/core/deck/types.js';
import {Slideshow} from '../../../source/ui/slideshow/Slideshow.js';
import {press, readingKeys} from '../../helpers/frames.js';
import {enter} from '../../helpers/keys.js';
import {makeDeck, paragraph, renderInTerminal, slide, type TestInstance, unmountAfterEach} from '../helpers.js';

// What Ink 6.8 would pass straight to the terminal: OSC 52 (clipboard), a
// title set, OSC 8, a screen clear, BEL, CR, backspace, a bidi override, C1 CSI.
const hostile = '\u001B]52;c;cHduZWQ=\u0007\u001B]0;owned\u0007\u001B]8;;https://evil.example\u0007\u001B[2J\u0007\r\b\u202E\u009B31m';

// Anything but the newlines between rows.
const controls = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** A deck whose every string carries raw escape bytes, as if the parser had let them through. */
const hostileDeck = (): Deck => {
	const first = slide(1, `Title${hostile}`, [`Body${hostile}`], {notes: [`Note${hostile}`]});
	const linked = {
		...slide(2, 'Links'),
		blocks: [
			paragraph('x'),
			{kind: 'paragraph' as const, spans: [{text: `link${hostile}`, style: {href: `https://a.example/${hostile}`}}], line: 2},
		],
		steps: [2],
	};
	const deck = makeDeck([first, linked], {title: `Deck${hostile}`, quiz: true});
	return {...deck, quiz: {...deck.quiz!, title: `Quiz${hostile}`}};
};

const keep = unmountAfterEach();

const show = async (options: {screenReader?: boolean; hyperlinks?: boolean} = {}): Promise<TestInstance> => {
	const app = renderInTerminal(
		<Slideshow deck={hostileDeck()} hyperlinks={options.hyperlinks ?? false} offerQuiz clock={() => 0}/>,
		{columns: 200, rows: 30, screenReader: options.screenReader},
	);
	keep(app);
	await readingKeys(app);
	return app;
};

/** Every frame drawn, minus the OSC 8 links the app itself makes, must be free of control bytes. */
const expectClean = (app: TestInstance) => {
	for (const frame of app.stdout.frames) {
		const withoutOwnLinks = frame.replaceAll(/\u001B\]8;;[\u0021-\u007E]*\u0007/g, '');
		expect(withoutOwnLinks).not.toMatch(controls);
	}
};

describe('a deck with raw escape bytes', () => {
	it('never reaches the terminal raw, on any screen', async () => {
		const app = await show();
		expect(app.lastFrame()).toContain('Title␛]52;c;');
		await press(app, 'l');
		await press(app, 'o');
		await press(app, '\u001B', '?');
		await press(app, '\u001B', 'G', 'l');
		expect(app.lastFrame()).toContain('Quiz␛');
		await press(app, '/', 'B', 'o', 'd', 'y', enter);
		expectClean(app);
	});

	it('never reaches the terminal raw with hyperlinks on, and the unsafe link is dropped', async () => {
		const app = await show({hyperlinks: true});
		await press(app, 'l');
		expect(app.lastFrame()).toContain('link␛');
		expect(app.lastFrame()).not.toContain('\u001B]8;;');
		expectClean(app);
	});

	it('never reaches a screen reader raw, notes included', async () => {
		const app = await show({screenReader: true});
		expect(app.lastFrame()).toContain('Note␛');
		expectClean(app);
	});
});
