/**
Search matches: where a query occurs in text, case-insensitively, and marking
those places inside a line of segments.
*/
import type {Line, Segment} from './types.js';

const escapeRegExp = (text: string): string => text.replaceAll(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`);

/**
The `[start, end)` string offsets of every non-overlapping match. A `u`+`i`
regular expression rather than lower-casing both sides: lower-casing can change
a string's length (`İ` becomes two code units) and shift every offset.
*/
export function findMatches(text: string, query: string): Array<readonly [number, number]> {
	if (query.trim() === '') {
		return [];
	}

	const pattern = new RegExp(escapeRegExp(query), 'giu');
	return Array.from(text.matchAll(pattern), match => [match.index, match.index + match[0].length] as const);
}

/** Marks each match in the line (even one across segments) with role `match` and inverse video. */
export function markMatches(line: Line, query: string | undefined): Line {
	const ranges = findMatches(line.map(({text}) => text).join(''), query ?? '');
	if (ranges.length === 0) {
		return line;
	}

	const marked: Segment[] = [];
	let offset = 0;
	for (const {text, style} of line) {
		const end = offset + text.length;
		// Cut points inside this segment, from match starts and ends.
		const cuts = new Set([offset, end]);
		for (const [start, stop] of ranges) {
			for (const cut of [start, stop]) {
				if (cut > offset && cut < end) {
					cuts.add(cut);
				}
			}
		}

		const sorted = [...cuts].sort((a, b) => a - b);
		for (const [index, from] of sorted.entries()) {
			const to = sorted[index + 1];
			if (to === undefined || to === from) {
				continue;
			}

			const inside = ranges.some(([start, stop]) => from >= start && to <= stop);
			marked.push({
				text: text.slice(from - offset, to - offset),
				style: inside ? {...style, role: 'match', inverse: true} : style,
			});
		}

		offset = end;
	}

	return marked;
}
