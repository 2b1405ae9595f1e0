/**
Bullet, numbered and task lists. Every line after an item's first hangs under
the item's text, so a wrapped item reads as one unit; nested lists are laid
out by the caller's block layout one level deeper.
*/
import type {ListItem} from '../deck/types.js';
import {displayWidth} from './display-width.js';
import {indentLine, segment} from './segments.js';
import type {Line, Segment} from './types.js';
import {append} from '../text/arrays.js';

/** Bullet glyphs by nesting depth, repeating after the third level. */
const bulletGlyphs = ['•', '◦', '▪'] as const;

export type ListInput = {
	readonly ordered: boolean;
	readonly start: number;
	readonly tight: boolean;
	readonly items: readonly ListItem[];
};

/** Lays out an item's blocks in `width` columns; `tight` means no blank line between them. */
export type ItemLayout = (item: ListItem, width: number, tight: boolean) => Line[];

const markerFor = (list: ListInput, index: number, depth: number, numberWidth: number): Segment[] => {
	const item = list.items[index]!;
	const box = item.checked === undefined
		? []
		: [segment(item.checked ? '[x]' : '[ ]', {role: item.checked ? 'accent' : 'muted'})];
	if (list.ordered) {
		const number = `${list.start + index}.`.padStart(numberWidth);
		return box.length > 0 ? [segment(number, {role: 'accent'}), segment(' '), ...box] : [segment(number, {role: 'accent'})];
	}

	// A task box stands in for the bullet.
	return box.length > 0 ? box : [segment(bulletGlyphs[depth % bulletGlyphs.length]!, {role: 'accent'})];
};

const numberWidthOf = (list: ListInput): number => (list.ordered ? `${list.start + list.items.length - 1}.`.length : 0);

/** Columns an item's content is indented by: its marker and a space. */
export function itemIndent(list: ListInput, index: number): number {
	return displayWidth(markerFor(list, index, 0, numberWidthOf(list)).map(({text}) => text).join('')) + 1;
}

export function layoutList(list: ListInput, width: number, depth: number, layoutItem: ItemLayout): Line[] {
	const numberWidth = numberWidthOf(list);
	const lines: Line[] = [];
	for (const [index, item] of list.items.entries()) {
		if (index > 0 && !list.tight) {
			lines.push([]);
		}

		const marker = markerFor(list, index, depth, numberWidth);
		const indent = displayWidth(marker.map(({text}) => text).join('')) + 1;
		const content = layoutItem(item, Math.max(1, width - indent), list.tight);
		const [first, ...rest] = content;
		lines.push(first === undefined || first.length === 0 ? marker : [...marker, segment(' '), ...first]);
		append(lines, rest.map(line => indentLine(line, indent)));
	}

	return lines;
}
