/**
A Slidev deck's body, rewritten line for line into the Markdown this parser
reads, so every line keeps its number for diagnostics. Slidev's rules (its
parser, packages/parser/src/core.ts): a `---` line ends a slide; when the line
after it is not blank, the lines up to the next `---` are the new slide's own
front matter, which is never shown. `::name::` lines are slot markers, never
shown either; under `layout: two-cols` the default slot is the left column and
`::right::` starts the right one, under `two-cols-header` the default slot is
a header across both and `::left::`/`::right::` are the columns. `<v-click>`
and `<v-clicks>` on lines of their own reveal what they wrap on a click: a
pause, and for `<v-clicks>` around a list, one item a step.
*/
import {fenceAfter} from './fences.js';

/**
Keys of Slidev's headmatter (packages/types/src/config.ts, `SlidevConfig`, and
the first slide's own front matter, `Frontmatter`): they set up Slidev's web
page, and need no warning in a deck written for it.
*/
export const slidevHeadmatterKeys: ReadonlySet<string> = new Set([
	'theme', 'titleTemplate', 'addons', 'remoteAssets', 'monaco', 'monacoTypesSource', 'monacoTypesAdditionalPackages', 'monacoRunAdditionalDeps',
	'download', 'export', 'exportFilename', 'info', 'highlighter', 'lineNumbers', 'colorSchema', 'routerMode', 'aspectRatio', 'canvasWidth',
	'themeConfig', 'favicon', 'plantUmlServer', 'fonts', 'defaults', 'drawings', 'htmlAttrs', 'transition', 'editor', 'contextMenu', 'wakeLock',
	'mdc', 'comark', 'seoMeta', 'selectable', 'record', 'presenter', 'browserExporter', 'twoslash', 'css', 'keywords', 'hideInToc',
	'layout', 'class', 'background', 'clicks', 'clicksStart', 'preload', 'routeAlias', 'zoom', 'dragPos', 'level', 'src', 'hide', 'disabled', 'image', 'backgroundSize',
]);

const separator = /^---\s*$/;
const slot = /^::\s*([\w.:-]+)\s*::\s*$/;
const twoColumns = '<!-- column_layout: [1, 1] -->';

type SlideLayout = 'two-cols' | 'two-cols-header' | undefined;

/**
The body of a Slidev deck (front matter already blanked out) as this parser's
Markdown, with as many lines. `firstLayout` is the headmatter's `layout`,
which is the first slide's own.
*/
export function readSlidev(body: string, firstLayout?: unknown): string {
	const lines = body.split('\n');
	let fence: string | undefined;
	let layout: SlideLayout = firstLayout === 'two-cols' || firstLayout === 'two-cols-header' ? firstLayout : undefined;
	let columnsOpen = false;
	// The headmatter's lines are blank, so the first one can open the first slide's columns.
	if (layout === 'two-cols' && lines[0] === '') {
		lines[0] = `${twoColumns}<!-- column: 0 -->`;
		columnsOpen = true;
	}

	for (let index = 0; index < lines.length; index++) {
		const line = lines[index]!;
		const inCode = fence !== undefined;
		fence = fenceAfter(fence, line);
		if (inCode || fence !== undefined) {
			continue;
		}

		if (separator.test(line)) {
			lines[index] = '<!-- end_slide -->';
			layout = undefined;
			columnsOpen = false;
			if ((lines[index + 1] ?? '').trim() === '') {
				continue;
			}

			const close = lines.findIndex((candidate, at) => at > index && separator.test(candidate));
			if (close === -1) {
				continue;
			}

			const front = lines.slice(index + 1, close);
			const named = front.map(entry => /^layout:\s*['"]?([\w-]+)['"]?\s*$/.exec(entry)?.[1]).find(Boolean);
			layout = named === 'two-cols' || named === 'two-cols-header' ? named : undefined;
			for (let at = index + 1; at <= close; at++) {
				lines[at] = '';
			}

			// `hide: true` (or the older `disabled: true`) leaves the slide out of the show, as presenterm's `skip_slide` does.
			const hidden = front.some(entry => /^(?:hide|disabled):\s*true\s*$/.test(entry));
			if (hidden) {
				lines[index + 1] = '<!-- skip_slide -->';
			}

			// An image layout's pictures are its front matter's (`layout: image`, `image: …`, `imageLeft: …`): they are the
			// slide's content, and stay on it, one a paragraph (a blank line between) where the front matter was.
			const images = hidden ? [] : front.map(entry => /^image\w*:\s*['"]?([^'"\s]+)['"]?\s*$/.exec(entry)?.[1]).filter(source => source !== undefined);
			for (const [at, source] of images.entries()) {
				lines[index + 1 + (2 * at)] = `![](${source})`;
			}

			if (layout === 'two-cols') {
				lines[index + 1] = `${twoColumns}<!-- column: 0 -->`;
				columnsOpen = true;
			}

			index = close;
			continue;
		}

		const name = slot.exec(line)?.[1];
		if (name !== undefined) {
			const column = name === 'right' ? 1 : (name === 'left' || name === 'default' ? 0 : undefined);
			const open = columnsOpen ? '' : twoColumns;
			lines[index] = layout === undefined || column === undefined ? '' : `${open}<!-- column: ${column} -->`;
			columnsOpen ||= layout !== undefined && column !== undefined;
			continue;
		}

		const trimmed = line.trim();
		if (trimmed === '<v-click>') {
			lines[index] = '<!-- pause -->';
		} else if (trimmed === '<v-clicks>') {
			lines[index] = '<!-- pause --><!-- incremental_lists: true -->';
		} else if (trimmed === '</v-clicks>') {
			lines[index] = '<!-- incremental_lists: false -->';
		} else if (trimmed === '</v-click>') {
			lines[index] = '';
		}
	}

	return lines.join('\n');
}

/**
Slidev's `src: file.md` in a slide's front matter puts that file's slides in
place of the slide, whose own content is ignored (Slidev's guide, "Importing
Slides"; packages/parser/src/fs.ts). It is read here as an include, so the
file is found and read under the same rules as presenterm's includes: a
`<!-- include: … -->` line where the front matter was, the rest blanked out,
every line keeping its number. The headmatter's own `src` is not an import.
*/
export function slidevImportsAsIncludes(text: string): string {
	const lines = text.split('\n');
	let fence: string | undefined;
	let skipUntil = -1;
	if (separator.test(lines[0] ?? '')) {
		skipUntil = lines.findIndex((line, at) => at > 0 && separator.test(line));
	}

	for (let index = skipUntil + 1; index < lines.length; index++) {
		const inCode = fence !== undefined;
		fence = fenceAfter(fence, lines[index]!);
		if (inCode || fence !== undefined) {
			continue;
		}

		if (!separator.test(lines[index]!) || (lines[index + 1] ?? '').trim() === '') {
			continue;
		}

		const close = lines.findIndex((candidate, at) => at > index && separator.test(candidate));
		if (close === -1) {
			break;
		}

		const front = lines.slice(index + 1, close);
		const source = front.map(entry => /^src:\s*['"]?([^'"#\s]+)['"]?\s*$/.exec(entry)?.[1]).find(Boolean);
		if (source === undefined || front.some(entry => /^(?:hide|disabled):\s*true\s*$/.test(entry))) {
			index = close;
			continue;
		}

		const next = lines.findIndex((candidate, at) => at > close && separator.test(candidate));
		const end = next === -1 ? lines.length : next;
		for (let at = index + 1; at < end; at++) {
			lines[at] = '';
		}

		lines[index + 1] = `<!-- include: ${source} -->`;
		index = end - 1;
	}

	return lines.join('\n');
}
