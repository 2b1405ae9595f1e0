/**
iTerm2's inline images (also WezTerm's, mlterm's, Konsole's):
`ESC ] 1337 ; File=inline=1;width=Nc;height=Nr;preserveAspectRatio=0 : <base64 PNG> BEL`.
The terminal stretches the PNG over the cells; the layout has already given
them the picture's aspect ratio.
*/
import {PNG} from 'pngjs';
import type {DecodedImage} from './types.js';

/** The pixels as a PNG file, by pngjs (which also decodes the deck's PNGs). */
export function encodePng(image: DecodedImage): Buffer {
	const png = new PNG({width: image.width, height: image.height});
	png.data = Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength);
	return PNG.sync.write(png);
}

export function encodeIterm2(image: DecodedImage, cols: number, rows: number): string {
	const png = encodePng(image).toString('base64');
	return `\u001B]1337;File=inline=1;width=${cols};height=${rows};preserveAspectRatio=0:${png}\u0007`;
}
