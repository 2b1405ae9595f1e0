/**
A watched slideshow's pictures: an image added after the deck opened, or
changed under its name, is read again when the deck is saved, and drawn at
its size (here as half blocks, the fallback every colour terminal shows).
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {PNG} from 'pngjs';
import {afterAll, describe, expect, it} from 'vitest';
import {parseDeck} from '../../../source/core/deck/parse.js';
import type {Deck} from '../../../source/core/deck/types.js';
import type {ImageSource} from '../../../source/core/images/types.js';
import type {LoadResult} from '../../../source/io/deck/load.js';
import {openImageSource} from '../../../source/io/images/image-source.js';
import {createDeckFeed} from '../../../source/io/watch/deck-feed.js';
import {deckImages} from '../../../source/core/images/deck-images.js';
import {ScreenImagesContext, screenImages} from '../../../source/ui/kit/images.js';
import {LiveSlideshow} from '../../../source/ui/slideshow/LiveSlideshow.js';
import {frameMatching, readingKeys} from '../../helpers/frames.js';
import {renderInTerminal, unmountAfterEach} from '../helpers.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'live-images-'));
afterAll(() => {
	fs.rmSync(dir, {recursive: true, force: true});
});

const keep = unmountAfterEach();

/** A PNG of one flat colour. */
function writePng(name: string, width: number, height: number, colour: readonly [number, number, number]): void {
	const png = new PNG({width, height});
	for (let index = 0; index < width * height; index++) {
		png.data.set([...colour, 255], index * 4);
	}

	fs.writeFileSync(path.join(dir, name), PNG.sync.write(png));
}

const loaded = (text: string): LoadResult => ({path: path.join(dir, 'talk.md'), ...parseDeck(text, {fileName: 'talk'})});
// Half blocks in 24-bit colour: each cell's colours are in its escape codes.
const red = '255;0;0';
const blue = '0;0;255';

describe('a watched deck\'s pictures', () => {
	it('draws an image added after opening, and one changed under its name, once the deck is saved', async () => {
		let next = loaded('# Design\n\nBefore the picture.');
		const feed = createDeckFeed('talk.md', next.deck!, () => next);
		const read: string[][] = [];
		const imagesFor = async (deck: Deck, previous: ImageSource | undefined) => {
			read.push(deckImages(deck));
			return openImageSource(dir, deckImages(deck), undefined, previous);
		};

		const images = screenImages({protocol: 'blocks', tmux: false, cell: {width: 10, height: 20}, depth: 3, reason: '--images'});
		const app = renderInTerminal(
			<ScreenImagesContext value={images}>
				<LiveSlideshow feed={feed} budgetsFor={deck => deck.slides.map(() => undefined)} imagesFor={imagesFor} hyperlinks={false} offerQuiz={false} clock={() => 0}/>
			</ScreenImagesContext>,
			{columns: 80, rows: 24},
		);
		keep(app);
		await readingKeys(app);
		expect(app.lastFrame()).toContain('Before the picture.');

		writePng('logo.png', 40, 20, [255, 0, 0]);
		next = loaded('# Design\n\n![The logo](logo.png)\n\nAfter the picture.');
		feed.reload();
		const drawn = await frameMatching(app, frame => frame.includes('After the picture.') && frame.includes(red), {timeout: 5000});
		expect(drawn).not.toContain('[image: The logo]');
		expect(read).toEqual([['logo.png']]);

		// The same name, new pixels: the next save reads the header again and draws the new version.
		writePng('logo.png', 40, 20, [0, 0, 255]);
		next = loaded('# Design\n\n![The logo](logo.png)\n\nAfter the new picture.');
		feed.reload();
		const redrawn = await frameMatching(app, frame => frame.includes('After the new picture.') && frame.includes(blue), {timeout: 5000});
		expect(redrawn).not.toContain(red);
	});
});
