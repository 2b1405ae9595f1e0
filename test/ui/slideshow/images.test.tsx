import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {render} from 'ink-testing-library';
import {afterAll, describe, expect, it} from 'vitest';
import {parseDeck} from '../../../source/core/deck/parse.js';
import {openImageSource} from '../../../source/io/images/image-source.js';
import {ScreenImagesContext, screenImages} from '../../../source/ui/kit/images.js';
import {Slideshow} from '../../../source/ui/slideshow/Slideshow.js';
import {frameMatching, press, readingKeys} from '../../helpers/frames.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slideshow-images-'));
afterAll(() => {
	fs.rmSync(dir, {recursive: true, force: true});
});

describe('a deck with images the slideshow cannot draw', () => {
	it('still plays, each image shown as its alt text', async () => {
		const {deck} = parseDeck('# Design\n\n![The architecture](missing.png)\n\n---\n\n# Next\n\n![bg left](../outside.jpg)\n\nWords\n', {fileName: 'deck.md'});
		const images = await openImageSource(dir, ['missing.png', '../outside.jpg']);
		expect(images.sizes.size).toBe(0);
		const instance = render(<Slideshow deck={deck} images={images} hyperlinks={false} offerQuiz={false} clock={() => 0}/>);
		try {
			await readingKeys(instance);
			await frameMatching(instance, frame => frame.includes('[image: The architecture]'));
			await press(instance, ' ');
			expect(await frameMatching(instance, frame => frame.includes('[image: outside.jpg]') && frame.includes('Words'))).toContain('Next');
		} finally {
			instance.unmount();
		}
	});
});

describe('the help of a deck with pictures', () => {
	it('says how they are drawn, and why', async () => {
		const {deck} = parseDeck('# Design\n\n![The architecture](missing.png)\n', {fileName: 'deck.md'});
		const images = await openImageSource(dir, ['missing.png']);
		const screen = screenImages({protocol: 'sixel', tmux: false, cell: {width: 10, height: 20}, depth: 3, reason: 'the terminal\'s device attributes offer sixel'});
		const instance = render(<ScreenImagesContext value={screen}><Slideshow deck={deck} images={images} hyperlinks={false} offerQuiz={false} clock={() => 0}/></ScreenImagesContext>);
		try {
			await readingKeys(instance);
			await press(instance, '?');
			expect(await frameMatching(instance, frame => frame.includes('Keys'))).toContain('Images: sixel (the terminal\'s device attributes offer sixel)');
		} finally {
			instance.unmount();
		}
	});
});
