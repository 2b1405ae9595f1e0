/**
Marp's directives: settings written as YAML in the front matter or in an
HTML comment (`<!-- paginate: true -->`, `<!-- _class: lead -->`). A comment
that holds only directives is hidden, not a speaker note; `headingDivider`
starts a slide at headings; `![bg](…)` is a slide's background image.
*/
import {parse} from 'yaml';

const globalDirectives = ['theme', 'style', 'headingDivider', 'lang', 'size', 'math', 'title', 'description', 'author', 'image', 'keywords', 'url', 'marp', 'transition'];
const localDirectives = ['paginate', 'header', 'footer', 'class', 'backgroundColor', 'backgroundImage', 'backgroundPosition', 'backgroundRepeat', 'backgroundSize', 'color', 'transition'];

/** Every key a Marp deck may write, in its front matter or in a comment. */
export const marpDirectiveNames: ReadonlySet<string> = new Set([...globalDirectives, ...localDirectives, ...localDirectives.map(name => `_${name}`)]);

export type MarpComment = {
	readonly directives: Readonly<Record<string, unknown>>;
};

/**
The directives a comment holds, when it holds nothing else; `undefined` for
a speaker note. `fit` is marp-core's word for a heading fitted to the slide.
*/
export function readMarpComment(body: string): MarpComment | undefined {
	const text = body.trim();
	if (text === 'fit') {
		return {directives: {}};
	}

	if (!/^_?[A-Za-z]+\s*:/.test(text)) {
		return undefined;
	}

	let data: unknown;
	try {
		data = parse(text, {maxAliasCount: 10});
	} catch {
		return undefined;
	}

	if (data === null || typeof data !== 'object' || Array.isArray(data)) {
		return undefined;
	}

	const keys = Object.keys(data);
	return keys.length > 0 && keys.every(key => marpDirectiveNames.has(key)) ? {directives: data as Record<string, unknown>} : undefined;
}

/** The heading levels `headingDivider` starts slides at: `2` means `#` and `##`; a list names each level. */
export function headingDividerLevels(value: unknown): ReadonlySet<number> {
	if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 6) {
		return new Set(Array.from({length: value}, (_, index) => index + 1));
	}

	if (Array.isArray(value)) {
		return new Set(value.filter((level): level is number => typeof level === 'number' && Number.isInteger(level) && level >= 1 && level <= 6));
	}

	return new Set();
}

/** An image's alt text that makes it a background: `bg`, `bg left:40%`, `bg contain`. */
export const isBackgroundAlt = (alt: string): boolean => /^\s*bg(?:\s|$)/.test(alt);
