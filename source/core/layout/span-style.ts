/** How the deck's inline styles look on screen. */
import type {Span, SpanStyle} from '../deck/types.js';
import type {SegmentStyle} from './types.js';

export function segmentStyleFor(style: SpanStyle, base: SegmentStyle = {}): SegmentStyle {
	let result: SegmentStyle = {...base};
	if (style.bold) {
		result = {...result, bold: true};
	}

	if (style.italic) {
		result = {...result, italic: true};
	}

	if (style.strike) {
		result = {...result, strike: true};
	}

	if (style.code) {
		result = {...result, role: 'code'};
	}

	if (style.href !== undefined) {
		result = {...result, role: 'link', underline: true, href: style.href};
	}

	if (style.image) {
		result = {...result, role: 'muted', italic: true};
	}

	if (style.muted) {
		result = {...result, role: 'muted'};
	}

	return result;
}

/**
Images are shown as their alt text, framed so they don't read as prose.
Neighbouring alt runs are one image whose alt text had several styles.
*/
export function showImages(spans: readonly Span[]): Span[] {
	const result: Span[] = [];
	let index = 0;
	while (index < spans.length) {
		const span = spans[index]!;
		if (!span.style.image) {
			result.push(span);
			index++;
			continue;
		}

		let alt = '';
		while (index < spans.length && spans[index]!.style.image) {
			alt += spans[index]!.text;
			index++;
		}

		result.push({text: imageAltText(alt), style: span.style});
	}

	return result;
}

/** An image as words: `[image: alt]`, framed so it does not read as prose. */
export const imageAltText = (alt: string): string => (alt.trim() === '' ? '[image]' : `[image: ${alt}]`);

/** The text of runs as shown on screen (images as `[image: alt]`), hard breaks as `\n`. */
export function spansToText(spans: readonly Span[]): string {
	return showImages(spans).map(({text}) => text).join('');
}
