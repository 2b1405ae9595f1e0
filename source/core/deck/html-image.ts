/**
An HTML `<img>` standing alone (reveal-md and Marp decks write them to size a
picture): its source, alt text and size, read from the attributes.
*/
import type {ImageSizeHint} from './types.js';

export type HtmlImage = {readonly src: string; readonly alt: string; readonly size?: ImageSizeHint};

// One tag, optionally closed (`/>`), with nothing but white space around it; `<p><img></p>`-style wrappers are not read.
const lone = /^\s*<img\b((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>\s*$/i;
const attribute = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

const entities: Readonly<Record<string, string>> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: '\''};

const decodeEntities = (text: string): string => text.replaceAll(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
	if (name.startsWith('#')) {
		const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
		return code > 0 && code <= 0x10_FF_FF ? String.fromCodePoint(code) : whole;
	}

	return entities[name.toLowerCase()] ?? whole;
});

/** The image an HTML block is, when it is one `<img>` tag with a `src`. */
export function readHtmlImage(html: string): HtmlImage | undefined {
	const match = lone.exec(html);
	if (!match) {
		return undefined;
	}

	const attributes = new Map<string, string>();
	for (const [, name, double, single, bare] of match[1]!.matchAll(attribute)) {
		attributes.set(name!.toLowerCase(), decodeEntities(double ?? single ?? bare ?? ''));
	}

	const src = attributes.get('src')?.trim();
	if (!src) {
		return undefined;
	}

	const size: {-readonly [Key in keyof ImageSizeHint]: ImageSizeHint[Key]} = {};
	for (const axis of ['width', 'height'] as const) {
		const length = /^\s*(\d+(?:\.\d+)?)\s*(px|%)?\s*$/i.exec(attributes.get(axis) ?? '');
		const value = Number(length?.[1]);
		if (length && value > 0) {
			if (length[2] === '%') {
				size[`${axis}Percent`] = Math.min(100, value);
			} else {
				size[`${axis}Pixels`] = Math.min(100_000, value);
			}
		}
	}

	return {src, alt: attributes.get('alt')?.trim() ?? '', ...(Object.keys(size).length > 0 ? {size} : {})};
}
