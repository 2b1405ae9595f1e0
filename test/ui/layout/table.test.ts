import {describe, expect, test} from 'vitest';
import {layoutBlocks} from '../../../source/core/layout/blocks.js';
import {columnWidths} from '../../../source/core/layout/table.js';
import {span, table, texts, widths} from './build.js';

describe('tables', () => {
	test('box-drawn, columns sized to content, header bold', () => {
		const lines = layoutBlocks([table(['left', 'left'], ['Name', 'Role'], [['Ada', 'Engineer'], ['Grace', 'Admiral']])], 40);
		expect(texts(lines)).toEqual([
			'┌───────┬──────────┐',
			'│ Name  │ Role     │',
			'├───────┼──────────┤',
			'│ Ada   │ Engineer │',
			'│ Grace │ Admiral  │',
			'└───────┴──────────┘',
		]);
		expect(lines[0]?.[0]?.style.role).toBe('border');
		expect(lines[1]?.find(({text}) => text === 'Name')?.style.bold).toBe(true);
		expect(lines[3]?.find(({text}) => text === 'Ada')?.style.bold).toBeUndefined();
	});

	test('aligns each column as asked', () => {
		const lines = layoutBlocks([table(['left', 'center', 'right'], ['Left', 'Center', 'Right'], [['a', 'b', 'c']])], 40);
		expect(texts(lines)[3]).toBe('│ a    │   b    │     c │');
	});

	test('stays aligned with CJK and emoji cells', () => {
		const lines = layoutBlocks([
			table(['left', 'center', 'right'], ['名前', 'Status', '点数'], [
				['山田太郎', '✅ done', '100'],
				['Bob', '🚀', '9'],
				['👩‍👩‍👧 family', '中', '七十'],
			]),
		], 60);
		const rowWidths = widths(lines);
		expect(new Set(rowWidths).size).toBe(1);
		// Every column separator sits at the same column on every line.
		const separatorColumns = texts(lines).map(text => {
			const columns: number[] = [];
			let column = 0;
			for (const character of new Intl.Segmenter().segment(text)) {
				if ('│┬┼┴├┤┌┐└┘'.includes(character.segment)) {
					columns.push(column);
				}

				column += character.segment === '👩‍👩‍👧' || /\p{Script=Han}|\p{Emoji_Presentation}/u.test(character.segment) ? 2 : 1;
			}

			return columns.join(',');
		});
		expect(new Set(separatorColumns).size).toBe(1);
	});

	test('a table wider than the width shrinks its widest column and wraps inside cells', () => {
		const long = 'a rather long description that will not fit on one line';
		const lines = layoutBlocks([table(['left', 'right'], ['Item', 'Notes'], [['one', long], ['two', 'short']])], 30);
		expect(Math.max(...widths(lines))).toBeLessThanOrEqual(30);
		expect(new Set(widths(lines)).size).toBe(1);
		const body = texts(lines).slice(3, -1);
		expect(body.length).toBeGreaterThan(2);
		expect(body[0]?.startsWith('│ one  │')).toBe(true);
		// The wrapped text is all there, in order.
		const notes = body.map(text => text.split('│')[2]!.trim()).join(' ').trim();
		expect(notes.replace(/\s+/g, ' ')).toBe(`${long} short`);
	});

	test('shrinking keeps CJK rows aligned', () => {
		const lines = layoutBlocks([table(['left', 'left'], ['キー', '説明'], [['名前', '日本語の長い説明文がここに入ります。とても長いです。']])], 24);
		expect(new Set(widths(lines)).size).toBe(1);
		expect(Math.max(...widths(lines))).toBeLessThanOrEqual(24);
	});

	test('column widths: the widest column gives way first, and not below its widest character', () => {
		const cells = [[[span('aaaaaaaaaa')], [span('bbbb')]]];
		expect(columnWidths(cells, 2, 10)).toEqual([6, 4]);
		expect(columnWidths([[[span('日本')]]], 1, 1)).toEqual([2]);
	});

	test('column widths: narrowed as one column at a time would be, the widest first and the leftmost on a tie', () => {
		// The rule taken one step at a time: slow, but plainly the rule.
		const stepwise = (natural: number[], words: number[], floors: number[], available: number): number[] => {
			const widths = [...natural];
			const total = () => widths.reduce((sum, width) => sum + width, 0);
			const shrink = (limits: number[]): boolean => {
				let widest = -1;
				for (const [column, width] of widths.entries()) {
					if (width > limits[column]! && (widest === -1 || width > widths[widest]!)) {
						widest = column;
					}
				}

				if (widest >= 0) {
					widths[widest]!--;
				}

				return widest >= 0;
			};

			while (total() > available && shrink(words)) {
				// Keep words whole first.
			}

			while (total() > available && shrink(floors)) {
				// Then cut them.
			}

			return widths;
		};

		let seed = 7;
		const random = (below: number): number => {
			seed = ((seed * 1_103_515_245) + 12_345) % 2_147_483_648;
			return Math.floor((seed / 2_147_483_648) * below);
		};

		for (let round = 0; round < 300; round++) {
			// Each cell is a word of `word` letters, then a CJK word of `wide` characters (2 columns each).
			const cells = Array.from({length: 1 + random(8)}, () => ({word: 1 + random(12), wide: random(4)}));
			const text = ({word, wide}: {word: number; wide: number}) => `${'a'.repeat(word)}${wide > 0 ? ` ${'日'.repeat(wide)}` : ''}`;
			const natural = cells.map(({word, wide}) => word + (wide > 0 ? 1 + (2 * wide) : 0));
			const words = cells.map(({word, wide}) => Math.max(word, 2 * wide));
			const floors = cells.map(({wide}) => (wide > 0 ? 2 : 1));
			const available = random(natural.reduce((sum, width) => sum + width, 0) + 4) - 2;
			expect(columnWidths([cells.map(cell => [span(text(cell))])], cells.length, available)).toEqual(stepwise(natural, words, floors, available));
		}
	});

	test('rows with missing cells get empty cells', () => {
		const lines = layoutBlocks([table(['left', 'left'], ['A', 'B'], [['x']])], 20);
		expect(texts(lines)[3]).toBe('│ x │   │');
	});
});
