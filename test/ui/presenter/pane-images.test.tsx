/**
The presenter console's "now" and "next" panes with pictures: each pane lays
its slide's pictures out at the pane's size and draws them (here as half
blocks in 24-bit colour, the fallback a console in any colour terminal
shows); an image that cannot be drawn is its alt text there too.
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {PNG} from 'pngjs';
import {afterAll, describe, expect, it} from 'vitest';
import {parseDeck} from '../../../source/core/deck/parse.js';
import {deckImages} from '../../../source/core/images/deck-images.js';
import {openImageSource} from '../../../source/io/images/image-source.js';
import {ImageSourceProvider, ScreenImagesContext, screenImages} from '../../../source/ui/kit/images.js';
import {PresenterApp} from '../../../source/ui/presenter/PresenterApp.js';
import {RoomConsole} from '../../../source/ui/room/RoomConsole.js';
import {frameMatching, press, readingKeys} from '../../helpers/frames.js';
import {right} from '../../helpers/keys.js';
import {renderInTerminal, unmountAfterEach} from '../helpers.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pane-images-'));
afterAll(() => {
	fs.rmSync(dir, {recursive: true, force: true});
});

const keep = unmountAfterEach();

function writePng(name: string, colour: readonly [number, number, number]): void {
	const png = new PNG({width: 80, height: 40});
	for (let index = 0; index < 80 * 40; index++) {
		png.data.set([...colour, 255], index * 4);
	}

	fs.writeFileSync(path.join(dir, name), PNG.sync.write(png));
}

const red = '38;2;255;0;0';
const blue = '38;2;0;0;255';
const green = '38;2;0;160;0';

describe('the presenter console with pictures', () => {
	it('draws the slide now and the next one in their panes, and the alt text of one it cannot', async () => {
		writePng('red.png', [255, 0, 0]);
		writePng('blue.png', [0, 0, 255]);
		writePng('green.png', [0, 160, 0]);
		const {deck} = parseDeck('# Red\n\n![A red square](red.png)\n\n---\n\n## Blue\n\n![A blue square](blue.png)\n\n---\n\n## Broken\n\n![A lost square](lost.png)\n\n---\n\n## Green\n\n![A green square](green.png)\n', {fileName: 'talk'});
		const source = await openImageSource(dir, deckImages(deck));
		const images = screenImages({protocol: 'blocks', tmux: false, cell: {width: 10, height: 20}, depth: 3, reason: '--images'});
		const app = renderInTerminal(
			<ScreenImagesContext value={images}>
				<ImageSourceProvider source={source}>
					<PresenterApp roomConsole={RoomConsole} deck={deck!} source={{kind: 'solo'}} plan={{}} deckArgument="talk.md" clock={() => 1_000_000}/>
				</ImageSourceProvider>
			</ScreenImagesContext>,
			{columns: 120, rows: 40},
		);
		keep(app);
		await readingKeys(app);
		// Now: the red picture; next: the blue one, each in its own pane.
		const first = await frameMatching(app, frame => frame.includes(red) && frame.includes(blue));
		expect(first).toContain('Now: slide 1/4');
		expect(first).not.toContain('[image: A red square]');
		const redLine = first.split('\n').findIndex(line => line.includes(red));
		const blueLine = first.split('\n').findIndex(line => line.includes(blue));
		expect(blueLine).toBeGreaterThan(redLine);

		await press(app, right);
		// Blue now; the next slide's picture is missing: its alt text, never a crash.
		const second = await frameMatching(app, frame => frame.includes('Now: slide 2/4') && frame.includes(blue) && frame.includes('[image: A lost square]'));
		expect(second).not.toContain(red);

		await press(app, right);
		await frameMatching(app, frame => frame.includes('Now: slide 3/4') && frame.includes('[image: A lost square]') && frame.includes(green));
	});
});
