/**
What an image's alt text says besides its caption. Two dialects write sizes
there: presenterm (`![image:width:50%](arch.png)`, also `image:w:50%`) and
Marp (`![w:200 h:100](x.png)`, `![bg left:40%](photo.jpg)`, plus filters and
background keywords). Their words are taken out, so the caption is what is
left, and the file's name when nothing is.
*/
import type {ImagePlacement, ImageSizeHint} from './types.js';

export type ImageAlt = {
	readonly alt: string;
	readonly size?: ImageSizeHint;
	readonly placement?: ImagePlacement;
};

type MutableHint = {-readonly [Key in keyof ImageSizeHint]: ImageSizeHint[Key]};

const presentermWidth = /^image:(?:width|w):(\d+(?:\.\d+)?)%$/i;
// Marpit's lengths are CSS lengths; a bare number is pixels. Other units (cm, em) are read as not given.
const marpLength = /^(w|width|h|height):(\d+(?:\.\d+)?)(px|%)?$/i;
const marpSplit = /^(left|right)(?::(\d+(?:\.\d+)?)%)?$/i;
// Background sizing, and Marpit's image filters: they shape how a browser paints it, not whether it is shown.
const marpKeyword = /^(?:contain|cover|fit|auto|vertical|\d+(?:\.\d+)?%|(?:blur|brightness|contrast|drop-shadow|grayscale|hue-rotate|invert|opacity|saturate|sepia)(?::\S*)?)$/i;

/** The caption and hints in an image's alt text. `bg` words count only with `bg` among them, as in Marp. */
export function readImageAlt(alt: string): ImageAlt {
	const words = alt.trim().split(/\s+/).filter(word => word !== '');
	const background = words.some(word => word.toLowerCase() === 'bg');
	const size: MutableHint = {};
	let placement: ImagePlacement | undefined = background ? 'background' : undefined;
	const caption: string[] = [];
	for (const word of words) {
		const presenterm = presentermWidth.exec(word);
		const length = marpLength.exec(word);
		const split = background ? marpSplit.exec(word) : null;
		if (presenterm) {
			size.widthPercent = clampPercent(Number(presenterm[1]));
		} else if (length) {
			setLength(size, length[1]!.toLowerCase().startsWith('w') ? 'width' : 'height', Number(length[2]), length[3] === '%');
		} else if (split) {
			placement = split[1]!.toLowerCase() as 'left' | 'right';
			// Marp splits the slide in half unless told otherwise (`bg left:40%`).
			size.widthPercent = clampPercent(Number(split[2] ?? 50));
		} else if (word.toLowerCase() === 'bg' || (background && marpKeyword.test(word)) || /^image:/i.test(word)) {
			// A presenterm attribute it does not know (`image:foo`) is its own, not a caption.
		} else {
			caption.push(word);
		}
	}

	const hinted = Object.keys(size).length > 0;
	return {
		alt: words.length === caption.length ? alt.trim() : caption.join(' '),
		...(hinted ? {size} : {}),
		...(placement ? {placement} : {}),
	};
}

function setLength(size: MutableHint, axis: 'width' | 'height', value: number, percent: boolean): void {
	if (!Number.isFinite(value) || value <= 0) {
		return;
	}

	if (percent) {
		size[`${axis}Percent`] = clampPercent(value);
	} else {
		size[`${axis}Pixels`] = Math.min(value, 100_000);
	}
}

const clampPercent = (value: number): number => Math.min(100, Math.max(1, value));

/** A source that names a place on the network or inline data: never fetched, shown as its alt text. */
export const isRemoteImage = (src: string): boolean => /^(?:[a-z][a-z\d+.-]*:)?\/\//i.test(src) || /^(?:https?|data|ftp|file):/i.test(src);

/**
The path as the author wrote it. markdown-it percent-escapes a link
(`my image.png` becomes `my%20image.png`), which is no file's name.
*/
export function imagePath(src: string): string {
	if (isRemoteImage(src)) {
		return src;
	}

	try {
		return decodeURI(src);
	} catch {
		return src;
	}
}
