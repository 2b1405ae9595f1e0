import {describe, expect, it} from 'vitest';
import type {Block, Slide} from '../../../source/core/deck/types.js';
import type {Highlighter} from '../../../source/core/layout/index.js';
import {Slideshow} from '../../../source/ui/slideshow/Slideshow.js';
import {frameMatching, press} from '../../helpers/frames.js';
import {right} from '../../helpers/keys.js';
import {giveItTimeToMisbehave, waitUntil} from '../../helpers/wait.js';
import {heading, makeDeck, paragraph, renderInTerminal, unmountAfterEach} from '../helpers.js';

const keep = unmountAfterEach();

const codeSlide = (number: number, code: string): Slide => {
	const blocks: Block[] = [heading(`Code ${number}`), {kind: 'code', language: 'js', text: code, line: 3}];
	return {number, title: `Code ${number}`, slug: `code-${number}`, blocks, steps: [blocks.length], notes: [], line: number * 10};
};

const plainSlide = (number: number): Slide => {
	const blocks = [heading(`Plain ${number}`), paragraph(`Body ${number}`)];
	return {number, title: `Plain ${number}`, slug: `plain-${number}`, blocks, steps: [blocks.length], notes: [], line: number * 10};
};

describe('useWarmPages', () => {
	it('lays out the slide one key away before the key comes, and no further', async () => {
		const highlighted: string[] = [];
		const highlighter: Highlighter = code => {
			highlighted.push(code);
			return undefined;
		};

		const deck = makeDeck([plainSlide(1), codeSlide(2, 'two()'), codeSlide(3, 'three()'), codeSlide(4, 'four()')]);
		const app = renderInTerminal(<Slideshow deck={deck} highlighter={highlighter} hyperlinks={false} offerQuiz={false} clock={() => 0}/>);
		keep(app);
		await frameMatching(app, '1 / 4');
		await waitUntil(() => highlighted.length > 0, 'the slide one key away laid out');
		// Time to lay out more than it should, had it gone further than one key.
		await giveItTimeToMisbehave();
		expect(highlighted).toEqual(['two()']);

		await press(app, right);
		await frameMatching(app, '2 / 4');
		await waitUntil(() => highlighted.length > 1, 'the next slide one key away laid out');
		await giveItTimeToMisbehave();
		// Slide 2 came from what was laid out ahead; slide 3 is now one key away.
		expect(highlighted).toEqual(['two()', 'three()']);
	});
});
