import stringWidth from 'string-width';
import type {LoadResult} from '../../io/deck/load.js';
import type {CommandOutput} from '../shared/streams.js';
import {maxOf} from '../../core/text/arrays.js';

/** `briefing-deck decks`: the bundled decks, one a line. */
export function listDecks(entries: ReadonlyArray<{name: string; result: LoadResult}>): CommandOutput {
	const rows = entries.map(({name, result}) => [
		name,
		result.deck?.meta.title ?? '(cannot be read)',
		String(result.deck?.slides.length ?? 0),
		String(result.deck?.quiz?.questions.length ?? 0),
	]);
	const header = ['NAME', 'TITLE', 'SLIDES', 'QUESTIONS'];
	const widths = header.map((title, column) => maxOf(rows.map(row => stringWidth(row[column]!)), stringWidth(title)));
	const line = (row: readonly string[]) => row.map((cell, column) => cell + ' '.repeat(widths[column]! - stringWidth(cell))).join('  ').trimEnd();
	return {stdout: [line(header), ...rows.map(row => line(row))].join('\n') + '\n', exitCode: 0};
}
