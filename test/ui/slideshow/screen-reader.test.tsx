import {describe, expect, it} from 'vitest';
import {Slideshow} from '../../../source/ui/slideshow/Slideshow.js';
import {fiveSlides, press, renderInTerminal, settle, unmountAfterEach} from '../helpers.js';

const keep = unmountAfterEach();

describe('screen-reader mode', () => {
	it('says where the slide is, its title, body and speaker notes', async () => {
		const app = renderInTerminal(<Slideshow deck={fiveSlides()} hyperlinks={false} offerQuiz={false} clock={() => 0}/>, {screenReader: true});
		keep(app);
		await settle();
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
});
