/**
The kitty graphics protocol (also spoken by WezTerm, Ghostty and Konsole):
`ESC _ G <keys> ; <base64 payload> ESC \`. The pixels are sent once under an
image id (`a=t`), in chunks of at most 4096 base64 bytes, every chunk but the
last marked `m=1`; placing them (`a=p`) is then a few bytes, so the image can
be put back after every frame without sending it again. `q=2` asks for no
replies (they would arrive as keys), `C=1` leaves the cursor where it was,
`c`/`r` stretch the picture over that many cells.
*/
import type {DecodedImage} from './types.js';

const CHUNK = 4096;

const apc = (keys: string, payload = ''): string => `\u001B_G${keys}${payload === '' ? '' : `;${payload}`}\u001B\\`;

/** The pixels sent as RGBA under `id`, in as many chunks as they need. */
export function kittyTransmit(image: DecodedImage, id: number): string[] {
	const base64 = Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength).toString('base64');
	const chunks: string[] = [];
	for (let offset = 0; offset < base64.length || chunks.length === 0; offset += CHUNK) {
		const payload = base64.slice(offset, offset + CHUNK);
		const more = offset + CHUNK < base64.length ? 1 : 0;
		// Only the first chunk carries the keys; the rest say whether more follow, and
		// repeat q=2: some kitty versions answered the last chunk without it.
		const keys = chunks.length === 0 ? `a=t,f=32,s=${image.width},v=${image.height},i=${id},q=2,m=${more}` : `m=${more},q=2`;
		chunks.push(apc(keys, payload));
	}

	return chunks;
}

/** Shows image `id` at the cursor over `cols × rows` cells; placing it again replaces the placement. */
export function kittyPlace(id: number, cols: number, rows: number): string {
	return apc(`a=p,i=${id},p=1,c=${cols},r=${rows},C=1,q=2`);
}

/**
Takes image `id` off the screen: its placements only (`d=i`), so it can be
placed again without sending its pixels, or with `free` its pixels too (`d=I`),
so nothing stays in the terminal's memory.
*/
export function kittyDelete(id: number, free: boolean): string {
	return apc(`a=d,d=${free ? 'I' : 'i'},i=${id},q=2`);
}

/** Asks whether the terminal speaks the protocol: a 1×1 image it must answer for with `OK` or an error. */
export const KITTY_QUERY = apc('i=31,s=1,v=1,a=q,t=d,f=24', 'AAAA');
