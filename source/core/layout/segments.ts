/** Small operations on lines of styled segments, all measured in display columns. */
import {displayWidth, ELLIPSIS, splitAtWidth} from './display-width.js';
import type {Line, Segment, SegmentStyle} from './types.js';

// An image's cell is compared by identity: each row of each image is its own, never merged with blanks beside it.
const styleKeys = ['role', 'bold', 'italic', 'underline', 'strike', 'dim', 'inverse', 'href', 'image'] as const;

function sameStyle(a: SegmentStyle, b: SegmentStyle): boolean {
	return styleKeys.every(key => a[key] === b[key]);
}

export function segment(text: string, style: SegmentStyle = {}): Segment {
	return {text, style};
}

export function lineText(line: Line): string {
	return line.map(({text}) => text).join('');
}

export function lineWidth(line: Line): number {
	// Segment by segment: short pieces (a bullet, a border) are measured from
	// a cache, where the joined line would be segmented afresh every time.
	let width = 0;
	for (const {text} of line) {
		width += displayWidth(text);
	}

	return width;
}

/** Joins neighbours of the same style and drops empty segments. */
export function mergeSegments(segments: readonly Segment[]): Segment[] {
	const merged: Segment[] = [];
	for (const next of segments) {
		if (next.text === '') {
			continue;
		}

		const previous = merged.at(-1);
		if (previous && sameStyle(previous.style, next.style)) {
			merged[merged.length - 1] = {text: previous.text + next.text, style: previous.style};
		} else {
			merged.push(next);
		}
	}

	return merged;
}

/** Puts `prefix` before a line; blank lines stay blank so they carry no trailing spaces. */
export function prefixLine(line: Line, prefix: Line): Line {
	return line.length === 0 ? line : [...prefix, ...line];
}

export function indentLine(line: Line, columns: number): Line {
	return columns <= 0 ? line : prefixLine(line, [segment(' '.repeat(columns))]);
}

/** Pads the line with plain spaces to exactly `width` columns (never cuts). */
export function padLine(line: Line, width: number): Line {
	const missing = width - lineWidth(line);
	return missing > 0 ? [...line, segment(' '.repeat(missing))] : line;
}

/** Cuts a line to `width` columns, ending with a muted `…` when something was cut. */
export function truncateLine(line: Line, width: number): Line {
	if (lineWidth(line) <= width) {
		return line;
	}

	const kept: Segment[] = [];
	let room = Math.max(0, width - 1);
	for (const {text, style} of line) {
		const textWidth = displayWidth(text);
		if (textWidth <= room) {
			kept.push({text, style});
			room -= textWidth;
			continue;
		}

		const [head] = splitAtWidth(text, room);
		if (room > 0 && displayWidth(head) <= room) {
			kept.push({text: head, style});
		}

		break;
	}

	return width > 0 ? [...kept, segment(ELLIPSIS, {role: 'muted'})] : [];
}
