import type {Token} from 'markdown-it';
import {sanitize} from '../text/sanitize.js';
import {splitHtml} from './directives.js';
import {readImageAlt} from './image-alt.js';
import {tokenizeInline} from './markdown.js';
import type {Span, SpanStyle} from './types.js';

type MutableStyle = {-readonly [Key in keyof SpanStyle]: SpanStyle[Key]};

/** Converts a markdown-it inline token list to flat styled runs. */
export function inlineToSpans(children: readonly Token[] | null, onComment: (body: string) => void): Span[] {
	const spans: Span[] = [];
	const style: MutableStyle = {};
	let linkHasText = false;
	const push = (text: string, extra: SpanStyle = {}) => {
		if (text === '') {
			return;
		}

		linkHasText ||= style.href !== undefined;
		const merged: SpanStyle = {...style, ...extra};
		const previous = spans.at(-1);
		if (previous && sameStyle(previous.style, merged)) {
			spans[spans.length - 1] = {text: previous.text + text, style: previous.style};
		} else {
			spans.push({text, style: merged});
		}
	};

	let keyJustClosed = false;
	for (const token of children ?? []) {
		if (token.type !== 'html_inline') {
			keyJustClosed = false;
		}

		switch (token.type) {
			case 'text': {
				push(sanitize(token.content));
				break;
			}

			case 'code_inline': {
				push(sanitize(token.content), {code: true});
				break;
			}

			case 'softbreak': {
				push(' ');
				break;
			}

			case 'hardbreak': {
				push('\n');
				break;
			}

			case 'strong_open':
			case 'strong_close': {
				style.bold = token.nesting === 1 ? true : undefined;
				break;
			}

			case 'em_open':
			case 'em_close': {
				style.italic = token.nesting === 1 ? true : undefined;
				break;
			}

			case 's_open':
			case 's_close': {
				style.strike = token.nesting === 1 ? true : undefined;
				break;
			}

			case 'link_open': {
				style.href = sanitize(token.attrGet('href') ?? '');
				linkHasText = false;
				break;
			}

			case 'link_close': {
				// `[](https://…)` would vanish: its URL is its text.
				if (!linkHasText && style.href) {
					push(style.href);
				}

				style.href = undefined;
				break;
			}

			case 'image': {
				push(imageCaption(token), {image: true});
				break;
			}

			case 'html_inline': {
				if (/^<br\s*\/?>$/i.test(token.content)) {
					push('\n');
					break;
				}

				// A key (`<kbd>shift</kbd><kbd>space</kbd>`, as Slidev's starter lists its keys) is shown as code, and two keys side by side apart.
				const key = /^<(\/?)kbd\s*>$/i.exec(token.content);
				if (key) {
					if (key[1] === '' && keyJustClosed) {
						push(' ');
					}

					style.code = key[1] === '' ? true : undefined;
					keyJustClosed = key[1] === '/';
					continue;
				}

				const {comments} = splitHtml(token.content);
				for (const body of comments) {
					onComment(body);
				}

				// Other inline tags are dropped; the text between them stays.
				break;
			}

			default: {
				if (token.content) {
					push(sanitize(token.content));
				}
			}
		}
	}

	return dropUndefined(spans);
}

function sameStyle(a: SpanStyle, b: SpanStyle): boolean {
	return a.bold === b.bold && a.italic === b.italic && a.strike === b.strike && a.code === b.code && a.href === b.href && a.image === b.image;
}

function dropUndefined(spans: Span[]): Span[] {
	return spans.map(span => ({
		text: span.text,
		style: Object.fromEntries(Object.entries(span.style).filter(([, value]) => value !== undefined)) as SpanStyle,
	}));
}

export function spansToText(spans: readonly Span[]): string {
	return spans.map(span => span.text).join('');
}

/** A line of Markdown as the plain text it shows: `Introducing _presenterm_` is "Introducing presenterm". */
export function markdownToText(markdown: string): string {
	return spansToText(inlineToSpans(tokenizeInline(markdown), () => undefined)).trim();
}

/**
An image's caption: its alt text without the dialects' size keywords, or the
file's name when that leaves nothing (`![](doge.png)`, `![w:200](doge.png)`):
it says more than "image".
*/
export function imageCaption(image: Token): string {
	return sanitize(readImageAlt(altText(image)).alt || fileName(image.attrGet('src') ?? '') || 'image');
}

export const fileName = (src: string): string => {
	const name = src.split(/[/\\]/).pop() ?? '';
	try {
		return decodeURIComponent(name);
	} catch {
		return name;
	}
};

/**
An image's alt text as words, the way an HTML renderer writes the `alt`
attribute: `token.content` is the Markdown source (`A *fancy* logo`).
*/
export function altText(image: Token): string {
	const text = (tokens: readonly Token[]): string => tokens.map(token => {
		switch (token.type) {
			case 'text':
			case 'code_inline': {
				return token.content;
			}

			case 'softbreak':
			case 'hardbreak': {
				return ' ';
			}

			case 'image': {
				return text(token.children ?? []);
			}

			default: {
				return '';
			}
		}
	}).join('');
	return image.children ? text(image.children) : image.attrGet('alt') ?? '';
}
