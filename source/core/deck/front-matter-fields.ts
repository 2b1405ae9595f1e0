/**
Each front matter field checked and cleaned: text where text belongs, a
positive duration, a slug for an id, and a word for keys that are another
presenter's or simply unknown.
*/
import {sanitize} from '../text/sanitize.js';
import {slugify} from '../text/slug.js';
import {error, warning} from './diagnostic.js';
import type {Diagnostic} from './types.js';
import {MIN_BODY_WIDTH} from '../layout/body-width.js';

export type FrontMatter = {
	readonly title?: string;
	readonly subtitle?: string;
	readonly author?: string;
	readonly date?: string;
	readonly duration?: number;
	/** `max_width`: the most columns a slide takes on screen. */
	readonly maxWidth?: number;
	readonly id?: string;
	/** Where `id` and `title` are written, so a word about the deck's id can point at its line. */
	readonly lines?: {readonly id?: number; readonly title?: number};
	/** The whole mapping as written, for the settings of the deck's own tool (patat's `slideLevel`, Marp's `headingDivider`). */
	readonly raw?: Readonly<Record<string, unknown>>;
};

const stringKeys = ['title', 'subtitle', 'author', 'id'] as const;

/**
Keys other presenters put in front matter. They are not ours, but a deck
written for those tools is not wrong to have them, so they get a gentler
warning than a typo would.
*/
const otherToolKeys = new Set(['theme', 'options', 'paging', 'styles', 'extensions', 'sub_title', 'authors', 'marp', 'class', 'paginate', 'header', 'footer']);

/** The front matter in a YAML mapping; `lineOfKey` says where a key is written, for the diagnostics. */
/**
`ownKeys` are the keys of the tool the deck was written for: read by that
tool's rules elsewhere, so they get no warning.
*/
export function readFields(data: Record<string, unknown>, lineOfKey: (key: string) => number, ownKeys: ReadonlySet<string> = new Set()): {frontMatter: FrontMatter; diagnostics: Diagnostic[]} {
	const diagnostics: Diagnostic[] = [];
	const frontMatter: Record<string, string | number> = {};
	for (const [key, value] of Object.entries(data)) {
		const line = lineOfKey(key);
		if (key === 'author' && Array.isArray(value) && value.length > 0 && value.every(name => typeof name === 'string')) {
			// Pandoc's (and so patat's) list of authors.
			frontMatter['author'] = sanitize(value.join(', '));
		} else if ((stringKeys as readonly string[]).includes(key)) {
			if (typeof value === 'string' || typeof value === 'number') {
				frontMatter[key] = sanitize(String(value));
			} else {
				diagnostics.push(error(line, 1, `front matter \`${key}\` must be text, not ${describe(value)}`));
			}
		} else if (key === 'date') {
			if (typeof value === 'string' || typeof value === 'number') {
				frontMatter['date'] = sanitize(String(value));
			} else if (value instanceof Date) {
				frontMatter['date'] = value.toISOString().slice(0, 10);
			} else {
				diagnostics.push(error(line, 1, `front matter \`date\` must be text, not ${describe(value)}`));
			}
		} else if (key === 'duration') {
			const minutes = typeof value === 'string' ? talkMinutes(value) : value;
			if (typeof minutes === 'number' && Number.isFinite(minutes) && minutes > 0) {
				frontMatter['duration'] = minutes;
			} else {
				diagnostics.push(error(line, 1, `front matter \`duration\` must be a positive number of minutes, not ${describe(value)}`, 'for example `duration: 15`, or `35min`, `1h30m`'));
			}
		} else if (key === 'max_width') {
			if (typeof value === 'number' && Number.isSafeInteger(value) && value >= MIN_BODY_WIDTH) {
				frontMatter['maxWidth'] = value;
			} else {
				diagnostics.push(error(line, 1, `front matter \`max_width\` must be a whole number of columns, at least ${MIN_BODY_WIDTH}, not ${describe(value)}`, 'for example `max_width: 120`'));
			}
		} else if (key === 'sub_title' && typeof value === 'string') {
			// presenterm's spelling.
			frontMatter['subtitle'] = sanitize(value);
		} else if (ownKeys.has(key)) {
			continue;
		} else if (otherToolKeys.has(key)) {
			diagnostics.push(warning(line, 1, `front matter \`${sanitize(key)}\` belongs to another presenter and is ignored`));
		} else {
			diagnostics.push(warning(line, 1, `unknown front matter key \`${sanitize(key)}\``, 'known keys: title, subtitle, author, date, duration, id, max_width'));
		}
	}

	if (typeof frontMatter['id'] === 'string' && slugify(frontMatter['id']) !== frontMatter['id']) {
		diagnostics.push(warning(lineOfKey('id'), 1, `deck id \`${frontMatter['id']}\` is not a slug; scores are kept under \`${slugify(frontMatter['id'])}\``));
		frontMatter['id'] = slugify(frontMatter['id']);
	}

	const lines = {
		...(frontMatter['id'] === undefined ? {} : {id: lineOfKey('id')}),
		...(frontMatter['title'] === undefined ? {} : {title: lineOfKey('title')}),
	};
	return {frontMatter: {...frontMatter, lines, raw: data} as FrontMatter, diagnostics};
}

function describe(value: unknown): string {
	if (value === null || value === undefined) {
		return 'empty';
	}

	if (Array.isArray(value)) {
		return 'a list';
	}

	if (typeof value === 'object') {
		return 'a mapping';
	}

	return typeof value === 'string' ? `"${sanitize(value)}"` : `${typeof value} ${String(value)}`;
}

/** Slidev writes a talk's length as `35min`, `35m`, `1h` or `1h30m`: the minutes it means, if it is one of those. */
function talkMinutes(text: string): number | undefined {
	const parts = /^\s*(?:(\d{1,3})\s*h)?\s*(?:(\d{1,4})\s*m(?:in)?)?\s*$/i.exec(text);
	return parts && (parts[1] ?? parts[2]) !== undefined ? (Number(parts[1] ?? 0) * 60) + Number(parts[2] ?? 0) : undefined;
}
