import {sanitize} from '../text/sanitize.js';
import {slugify} from '../text/slug.js';
import type {FrontMatter} from './front-matter-fields.js';
import {markdownToText} from './inline.js';
import type {DeckMeta, Slide} from './types.js';

/**
The deck's title, id and the rest: from the front matter, else the first
slide with a title, else the file's name.
*/
export function deckMeta(frontMatter: FrontMatter, slides: readonly Slide[], fileName: string | undefined): DeckMeta {
	// The file name is untrusted text too, and a title is one line.
	const oneLineFileName = fileName === undefined ? undefined : sanitize(fileName).replaceAll(/\s+/g, ' ');
	const title = frontMatter.title ?? slides.find(slide => slide.title !== '')?.title ?? oneLineFileName ?? 'Untitled deck';
	// presenterm reads front matter text as Markdown; the id stays the slug of the title as written.
	const {subtitle, author} = frontMatter;
	const shown = (text: string): string => markdownToText(text) || text;
	const titled = slides.find(slide => slide.title !== '');
	const titleLine = frontMatter.lines?.title ?? titled?.blocks.find(block => block.kind === 'heading')?.line ?? titled?.line ?? 1;
	const id = frontMatter.id ?? (slugify(title) || 'deck');
	return {
		title: frontMatter.title === undefined ? title : shown(title),
		id,
		idOrigin: frontMatter.id === undefined ? {id, explicit: false, line: titleLine} : {id, explicit: true, line: frontMatter.lines?.id ?? 1},
		...pick(frontMatter, ['date', 'duration', 'maxWidth']),
		...(subtitle === undefined ? {} : {subtitle: shown(subtitle)}),
		...(author === undefined ? {} : {author: shown(author)}),
	};
}

function pick<T extends object, K extends keyof T>(object: T, keys: readonly K[]): Partial<Pick<T, K>> {
	const picked: Partial<Pick<T, K>> = {};
	for (const key of keys) {
		if (object[key] !== undefined) {
			picked[key] = object[key];
		}
	}

	return picked;
}
