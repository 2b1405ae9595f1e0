/**
What a block of raw HTML in a deck becomes in a terminal. Nothing is ever
rendered as HTML: comments are directives or notes, `<style>` and `<script>`
are hidden (they style or script a web page, they are not content), text
inside tags is shown as text, and an element that only a browser can show
(an `<iframe>`, a `<video>`) leaves a muted line naming it, so no content
disappears without a trace.
*/
import {sanitize} from '../text/sanitize.js';
import {splitHtml} from './directives.js';
import type {Span} from './types.js';

export type HtmlBlockReading = {
	readonly comments: readonly string[];
	/** The text to show, tags removed; '' when there is none. */
	readonly text: string;
	/** A line to show in place of what cannot be: an element's name, or an image's alt text. */
	readonly placeholder?: readonly Span[];
	/** What cannot be shown, as a plural noun phrase for the deck's one warning about it. */
	readonly unshown?: string;
	/** The block held a `<style>` sheet, which is not applied. */
	readonly style?: boolean;
	/** The block held tags but nothing to show: a layout wrapper such as `<div>`. */
	readonly wrapperOnly?: boolean;
};

/** Elements whose content is for a browser only, each hidden with all it holds. */
const hiddenElements = /<(style|script|template)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;

/** Elements that show something only a browser can draw: named by a placeholder. */
const embedded = /<(iframe|video|audio|canvas|svg|object|embed|picture|math|form|input|button|select)\b([^>]*)>/i;

const image = /<img\b([^>]*)>/i;

/** An attribute's value (`src="…"`, `src='…'`, `src=…`). */
function attribute(attributes: string, name: string): string | undefined {
	const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attributes);
	return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

export function readHtmlBlock(html: string): HtmlBlockReading {
	const style = /<style\b/i.test(html);
	const {comments, rest} = splitHtml(html.replace(hiddenElements, ''));
	const text = sanitize(rest);
	const styled = style ? {style: true} : {};
	const shown = html.replace(hiddenElements, '');
	const element = embedded.exec(shown);
	if (text !== '' || !/<[A-Za-z]/.test(shown.replaceAll(/<!--[\s\S]*?(?:-->|$)/g, ''))) {
		return {comments, text, ...styled};
	}

	if (element) {
		const name = element[1]!.toLowerCase();
		const source = attribute(element[2] ?? '', 'src') ?? attribute(element[2] ?? '', 'data');
		return {
			comments,
			text,
			...styled,
			placeholder: [{text: sanitize(source === undefined ? `[${name}]` : `[${name}: ${source}]`), style: {muted: true}}],
			unshown: `HTML \`<${name}>\` elements`,
		};
	}

	const img = image.exec(shown);
	if (img) {
		// Shown as its alt text, the way a Markdown image is.
		const alt = attribute(img[1] ?? '', 'alt') ?? attribute(img[1] ?? '', 'src') ?? '';
		return {comments, text, ...styled, placeholder: [{text: sanitize(alt), style: {image: true}}]};
	}

	return {comments, text, ...styled, wrapperOnly: true};
}
