/**
A dialect's line syntax, rewritten into what the Markdown reader already
knows, line for line so every line number stays the file's: patat's `. . .`
and mdp's `<br>` become pauses, mdp's `%title:` header is taken out and its
`-> centred <-` markers stripped (the lines are remembered, to centre them),
and the slides tool's `---` lines become slide ends, as it splits on them
whatever is above.
*/
import {sanitize} from '../text/sanitize.js';
import type {Dialect} from './dialect.js';
import {fenceAfter} from './fences.js';

export type DialectText = {
	readonly body: string;
	/** 1-based lines whose block is centred (mdp's `->` markers). */
	readonly centred: ReadonlySet<number>;
	/** mdp's `%title:`, `%author:` and `%date:` header. */
	readonly header: {readonly title?: string; readonly author?: string; readonly date?: string};
};

const pause = '<!-- pause -->';

/** Calls `visit` on each line outside fenced code, with its 0-based index. */
function outsideCode(lines: string[], visit: (line: string, index: number) => void): void {
	let fence: string | undefined;
	for (const [index, line] of lines.entries()) {
		const inCode = fence !== undefined;
		fence = fenceAfter(fence, line);
		if (!inCode && fence === undefined) {
			visit(line, index);
		}
	}
}

export function rewriteForDialect(body: string, dialect: Dialect): DialectText {
	const lines = body.split('\n');
	const centred = new Set<number>();
	const header: Record<string, string> = {};
	switch (dialect) {
		case 'patat': {
			outsideCode(lines, (line, index) => {
				if (/^\. \. \.\s*$/.test(line)) {
					lines[index] = pause;
				}
			});
			break;
		}

		case 'mdp': {
			readMdpHeader(lines, header);
			let previousBlank = true;
			outsideCode(lines, (line, index) => {
				// Four spaces after a blank line are code to mdp too.
				const code = previousBlank && /^(?: {4}|\t)/.test(line);
				previousBlank = line.trim() === '';
				if (code) {
					return;
				}

				if (/^\s*(?:<br>|<BR>|\^)/.test(line)) {
					lines[index] = pause;
					return;
				}

				const marked = /^\s*->\s(.*?)(?:\s<-)?\s*$/.exec(line);
				if (marked) {
					lines[index] = marked[1]!;
					centred.add(index + 1);
				}
			});
			break;
		}

		case 'slides': {
			outsideCode(lines, (line, index) => {
				if (line === '---') {
					lines[index] = '<!-- end_slide -->';
				}
			});
			break;
		}

		default:
	}

	return {body: lines.join('\n'), centred, header};
}

/** mdp's header: the `%key: value` lines the deck opens with, blanked out. */
function readMdpHeader(lines: string[], header: Record<string, string>): void {
	let index = 0;
	while (index < lines.length && lines[index]!.trim() === '') {
		index++;
	}

	for (; index < lines.length && lines[index]!.startsWith('%'); index++) {
		const field = /^%(\w+):\s*(.*)$/.exec(lines[index]!);
		const key = field?.[1]?.toLowerCase();
		if ((key === 'title' || key === 'author' || key === 'date') && field![2]!.trim() !== '') {
			header[key] = sanitize(field![2]!.trim());
		}

		lines[index] = '';
	}
}
