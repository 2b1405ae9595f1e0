/** Pieces the room screens are drawn with: bars, block letters beside text, and the key hints. */
import type {CountField} from '../../core/room/fields.js';
import {formatDuration} from '../../core/text/format.js';
import {drawBlockLetters} from '../../core/layout/block-font.js';
import {displayWidth} from '../../core/layout/index.js';
import type {ThemedLine, ThemedSegment} from '../kit/LineText.js';
import type {Section} from '../kit/screen/screen-lines.js';
import {keyHints, type Keymap} from '../../core/keys/keymap.js';
import {type RoomKeyCommand, roomKeys, type RoomScope, roomSlots} from '../../core/keys/room-keys.js';

const partialBlocks = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'] as const;

/**
A horizontal bar `fraction` (0–1) of `width` long, to an eighth of a column.
Any share above nothing shows at least a sliver, so one hand is never invisible.
*/
export function bar(fraction: number, width: number): string {
	const cells = Math.max(0, Math.min(1, fraction)) * Math.max(0, width);
	let full = Math.floor(cells);
	let eighths = Math.round((cells - full) * 8);
	if (eighths === 8) {
		full++;
		eighths = 0;
	}

	const drawn = '█'.repeat(full) + partialBlocks[eighths];
	return drawn === '' && fraction > 0 && width > 0 ? partialBlocks[1] : drawn;
}

export const lineWidth = (line: ThemedLine): number => line.reduce((sum, {text}) => sum + displayWidth(text), 0);

/**
`left` (block-letter rows) as a column `columnWidth` wide, `right` beside it
from the top; the rows run as long as the taller of the two.
*/
export function besideColumn(left: readonly ThemedLine[], right: readonly ThemedLine[], columnWidth: number): ThemedLine[] {
	const rows = Math.max(left.length, right.length);
	return Array.from({length: rows}, (_, row) => {
		const column = left[row] ?? [];
		const pad: ThemedSegment = {text: ' '.repeat(Math.max(0, columnWidth - lineWidth(column))), style: {}};
		const line = [...column, pad, ...(right[row] ?? [])];
		return right[row] === undefined || right[row].length === 0 ? column : line;
	});
}

/** Block-letter rows of `text` in one style, or `undefined` when the font lacks a character. */
export function blockRows(text: string, style: ThemedSegment['style']): ThemedLine[] | undefined {
	return drawBlockLetters(text)?.map(row => (row === '' ? [] : [{text: row, style}]));
}

/** The key hints of a scope as lines that fit `width`, each hint kept whole where it can be. */
export function hintSection(scope: RoomScope, fields: readonly CountField[], width: number, include?: (command: RoomKeyCommand) => boolean, keymap: Keymap<RoomKeyCommand, RoomScope> = roomKeys): Section {
	const hints = keyHints(keymap, scope, {include, slots: roomSlots(fields)});
	const separator = ' · ';
	const lines: ThemedSegment[][] = [];
	let used = 0;
	for (const {keys, description} of hints) {
		const size = displayWidth(keys) + 1 + displayWidth(description);
		const current = lines.at(-1);
		const hint: ThemedSegment[] = [{text: keys, style: {role: 'key'}}, {text: ` ${description}`, style: {role: 'hint'}}];
		if (current && used + separator.length + size <= width) {
			current.push({text: separator, style: {role: 'hint'}}, ...hint);
			used += separator.length + size;
		} else {
			lines.push(hint);
			used = size;
		}
	}

	return {lines, label: `Keys: ${hints.map(hint => `${hint.keys} ${hint.description}`).join(', ')}`};
}

/**
The countdown as lines: the seconds left (in block digits when `block`) and
a bar that empties; at zero it says so and waits, since only the presenter reveals.
*/
export function countdownLines(leftMs: number, totalMs: number, width: number, block: boolean): ThemedLine[] {
	const seconds = Math.ceil(leftMs / 1000);
	const words: ThemedLine = seconds > 0
		? [{text: `  ${formatDuration(seconds * 1000)} left`, style: {role: 'muted'}}]
		: [{text: '  Time is up: reveal when ready', style: {role: 'muted', bold: true}}];
	const digits = block ? blockRows(String(seconds), {role: 'title', bold: true}) : undefined;
	const number: ThemedLine = [{text: `⏱ ${String(seconds).padStart(2)}  `, style: {bold: true}}];
	const column = digits ? Math.max(...digits.map(line => lineWidth(line))) + 3 : lineWidth(number);
	// The bar takes what the number and the words leave, up to 40 columns.
	const barWidth = Math.max(4, Math.min(40, width - column - lineWidth(words)));
	const filled = bar(totalMs > 0 ? leftMs / totalMs : 0, barWidth);
	const track: ThemedLine = [
		{text: filled, style: {role: 'progress'}},
		{text: '░'.repeat(Math.max(0, barWidth - displayWidth(filled))), style: {role: 'progressEmpty'}},
		...words,
	];
	return digits ? besideColumn(digits, [[], track], column) : [[...number, ...track]];
}
