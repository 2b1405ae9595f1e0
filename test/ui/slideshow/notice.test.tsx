import {describe, expect, it} from 'vitest';
import {Slideshow} from '../../../source/ui/slideshow/Slideshow.js';
import {press, readingKeys} from '../../helpers/frames.js';
import {right} from '../../helpers/keys.js';
import {fiveSlides, renderInTerminal, unmountAfterEach} from '../helpers.js';

const keep = unmountAfterEach();

describe('a notice as the slideshow opens', () => {
	it('is one line on the status line, gone after the first key', async () => {
		const app = renderInTerminal(<Slideshow deck={fiveSlides()} hyperlinks={false} offerQuiz={false} clock={() => 0} notice="1 broken link shown as plain text"/>);
		keep(app);
		await readingKeys(app);
		expect(app.lastFrame()).toContain('Alpha');
		expect(app.lastFrame()).toContain('1 broken link shown as plain text');
		await press(app, right);
		expect(app.lastFrame()).toContain('Bravo');
		expect(app.lastFrame()).not.toContain('broken link');
	});
});
