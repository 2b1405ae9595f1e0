/**
Which presenter a deck was written for. A deck brought from another tool is
read by that tool's rules (where it splits slides, what it hides, whether it
builds a title slide), so it opens as its author meant; a deck with no other
tool's marks is read as briefing-deck's own.

The marks are the ones each tool's own documentation teaches: a front matter
key only that tool uses, or a line of syntax only it gives meaning to. The
first strong mark wins; the order below puts the most specific first. Weak
marks (front matter keys two tools share, told apart by their values or the
keys beside them) decide only where no strong mark is found anywhere.
*/
import {fenceAfter} from './fences.js';

export type Dialect = 'briefing-deck' | 'presenterm' | 'marp' | 'slidev' | 'patat' | 'mdp' | 'lookatme' | 'slides';

export type DialectReading = {
	readonly dialect: Dialect;
	/** The 1-based line of the mark that decided it; absent for briefing-deck's own. */
	readonly line?: number;
	/** What decided it, in words, for `check --verbose` and the docs' examples. */
	readonly mark?: string;
};

type Mark = {readonly dialect: Dialect; readonly pattern: RegExp; readonly mark: string};

/** Marks in the front matter (the block fenced by `---` at the top of the file). */
const frontMatterMarks: readonly Mark[] = [
	{dialect: 'marp', pattern: /^marp:\s*true\b/, mark: '`marp: true`'},
	{dialect: 'patat', pattern: /^patat:/, mark: '`patat:` settings'},
	{dialect: 'marp', pattern: /^(?:paginate|headingDivider):/, mark: 'a Marp global directive'},
	{dialect: 'presenterm', pattern: /^(?:sub_title|event|location):/, mark: 'presenterm front matter'},
	{dialect: 'presenterm', pattern: /^options:\s*$/, mark: 'presenterm `options:`'},
	{dialect: 'lookatme', pattern: /^\s*(?:styles|extensions):/, mark: 'lookatme front matter'},
	{dialect: 'slides', pattern: /^paging:/, mark: 'the slides tool\'s `paging:`'},
	{dialect: 'slidev', pattern: /^(?:layout|transition|highlighter|drawings|mdc|colorSchema|lineNumbers|canvasWidth|info|addons|fonts|exportFilename):/, mark: 'Slidev headmatter'},
];

/**
Weak marks in the front matter. `theme:` is Marp's, Slidev's, presenterm's
and the slides tool's key: the slides tool's values are its glamour styles or
a JSON file (maaslalani/slides, internal/meta/meta.go and styles/), and a
`theme:` with Marp's `class:` beside it is a Marp deck (marp-core's own
themes/example.md opens so).
*/
const weakFrontMatterMarks: ReadonlyArray<Mark & {readonly withKey?: string}> = [
	{dialect: 'slides', pattern: /^theme:\s*['"]?(?:ascii|dark|dracula|light|notty|pink|tokyo-night|\S+\.json)['"]?\s*$/, mark: 'a slides tool `theme:` (a glamour style or JSON file)'},
	{dialect: 'marp', pattern: /^theme:/, withKey: 'class', mark: 'Marp\'s `theme:` with `class:`'},
];

/** Marks in the body, line by line. */
const bodyMarks: readonly Mark[] = [
	// Only the commands that decide what a deck is made of: presenterm ends its slides with `end_slide` (it does not
	// split at `---` unless told) and includes files. Its other commands (speaker_note, jump_to_middle, new_lines,
	// incremental_lists, column_layout) are briefing-deck's own directives too, and say nothing of the deck's tool:
	// read as presenterm's, a deck of our own would gain an intro slide and renumber every slide.
	{dialect: 'presenterm', pattern: /^<!--\s*(?:end_slide|include)\b/i, mark: 'a presenterm comment command'},
	{dialect: 'lookatme', pattern: /^<!--\s*stop\s*-->/i, mark: 'lookatme\'s `<!-- stop -->`'},
	{dialect: 'slidev', pattern: /^::[a-z][\w-]*::\s*$|^<v-clicks?\b|^<v-after\b/i, mark: 'a Slidev slot or click'},
	{dialect: 'marp', pattern: /^<!--\s*_?(?:class|paginate|backgroundColor|backgroundImage|color|header|footer|theme)\s*:/, mark: 'a Marp directive'},
	// The first Marp (yhatt/marp, the desktop app): `$` marks a global directive, `*` one for this slide only.
	{dialect: 'marp', pattern: /^<!--\s*(?:\$(?:theme|width|height|size|prerender)|\*?(?:page_number|template|prerender|footer))\s*:/, mark: 'a Marp directive (the first Marp app\'s)'},
	{dialect: 'marp', pattern: /^!\[bg(?:\s[^\]]*)?\]\(/, mark: 'a Marp background image `![bg](…)`'},
	// The slides tool runs `~~~command args` blocks before the show and shows what they print (its README, "Pre-processing").
	{dialect: 'slides', pattern: /^~~~[a-z][\w.-]*[ \t]+[^\s{]/i, mark: 'a slides tool `~~~command` block'},
	{dialect: 'mdp', pattern: /^%(?:title|author|date):/, mark: 'mdp\'s `%title:` lines'},
	{dialect: 'mdp', pattern: /^->.*<-\s*$/, mark: 'mdp\'s `-> centred <-` line'},
	{dialect: 'patat', pattern: /^\. \. \.\s*$/, mark: 'patat\'s `. . .` pause'},
];

const fence = /^---[ \t]*$/;

/** The dialect of a deck's text. Linear in the text; looks at code fences only to skip them. */
export function detectDialect(text: string): DialectReading {
	const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
	const loose = looseMetadata(lines);
	if (loose !== undefined) {
		return {dialect: 'lookatme', line: loose, mark: 'lookatme\'s loose front matter (a blank line or indent inside `---`)'};
	}

	let start = 0;
	let weak: DialectReading | undefined;
	if (fence.test(lines[0] ?? '')) {
		const close = lines.findIndex((line, index) => index > 0 && (fence.test(line) || line.trim() === '...'));
		if (close > 0) {
			const keys = lines.slice(1, close);
			const names = new Set(keys.map(line => /^([\w-]+):/.exec(line)?.[1]));
			for (const [at, line] of keys.entries()) {
				const found = frontMatterMarks.find(mark => mark.pattern.test(line));
				if (found) {
					return {dialect: found.dialect, line: at + 2, mark: found.mark};
				}

				const weakFound = weak ? undefined : weakFrontMatterMarks.find(mark => mark.pattern.test(line) && (mark.withKey === undefined || names.has(mark.withKey)));
				weak ??= weakFound && {dialect: weakFound.dialect, line: at + 2, mark: weakFound.mark};
			}

			start = close + 1;
		}
	}

	let openFence: string | undefined;
	for (let index = start; index < lines.length; index++) {
		const line = lines[index]!;
		const found = openFence === undefined ? bodyMarks.find(mark => mark.pattern.test(line)) : undefined;
		if (found) {
			return {dialect: found.dialect, line: index + 1, mark: found.mark};
		}

		openFence = fenceAfter(openFence, line);
	}

	return weak ?? {dialect: 'briefing-deck'};
}

const metadataKey = /^[ \t]*(?:title|author|date|styles|extensions)[ \t]*:/;
const yamlish = /^[ \t]*(?:[\w-]+[ \t]*:|- )|^[ \t]+\S/;

/**
Front matter only lookatme accepts: `---` after blank lines, or followed by a
blank line, or with indented keys, then YAML lines up to the next `---`.
The line of its first key, else undefined.
*/
function looseMetadata(lines: readonly string[]): number | undefined {
	let open = 0;
	while (open < lines.length && lines[open]!.trim() === '') {
		open++;
	}

	if (lines[open]?.trim() !== '---') {
		return undefined;
	}

	const close = lines.findIndex((line, index) => index > open && line.trim() === '---');
	const body = close === -1 ? [] : lines.slice(open + 1, close);
	const filled = body.filter(line => line.trim() !== '');
	const loose = open > 0 || body[0]?.trim() === '' || /^[ \t]/.test(filled[0] ?? '');
	if (!loose || filled.length === 0 || !filled.every(line => yamlish.test(line)) || !filled.some(line => metadataKey.test(line))) {
		return undefined;
	}

	return open + 2 + body.findIndex(line => line.trim() !== '');
}
