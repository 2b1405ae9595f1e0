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

const separator = /^---\s*$/;
const codeFence = /^\s{0,3}(`{3,}|~{3,})/;
const slot = /^::\s*([\w.:-]+)\s*::\s*$/;
const twoColumns = '<!-- column_layout: [1, 1] -->';

type SlideLayout = 'two-cols' | 'two-cols-header' | undefined;

/** The body of a Slidev deck (front matter already blanked out) as this parser's Markdown, with as many lines. */
export function readSlidev(body: string): string {
	const lines = body.split('\n');
	let fence: string | undefined;
	let layout: SlideLayout;
	let columnsOpen = false;
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index]!;
		const opening = codeFence.exec(line)?.[1];
		if (fence !== undefined) {
			if (opening?.startsWith(fence)) {
				fence = undefined;
			}

			continue;
		}

		if (opening !== undefined) {
			fence = opening;
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
