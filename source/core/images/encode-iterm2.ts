/**
iTerm2's inline images (also WezTerm's, mlterm's, Konsole's):
`ESC ] 1337 ; File=inline=1;width=Nc;height=Nr;preserveAspectRatio=0 : <base64 PNG> BEL`.
The terminal stretches the PNG over the cells; the layout has already given
them the picture's aspect ratio.
*/
import {encode} from 'fast-png';
import type {DecodedImage} from './types.js';

export function encodePng(image: DecodedImage): Uint8Array {
	return encode({width: image.width, height: image.height, data: image.data, channels: 4, depth: 8});
}

export function encodeIterm2(image: DecodedImage, cols: number, rows: number): string {
	const png = Buffer.from(encodePng(image)).toString('base64');
	return `\u001B]1337;File=inline=1;width=${cols};height=${rows};preserveAspectRatio=0:${png}\u0007`;
}
