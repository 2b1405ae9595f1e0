/**
Whether `a` can be turned into `b` with at most `max` single-character
insertions, deletions or substitutions (Levenshtein distance). Only a band of
`2 * max + 1` cells per row is computed, so a long input costs O(length * max)
and never the full quadratic table.
*/
export function withinEditDistance(a: string, b: string, max: number): boolean {
	if (Math.abs(a.length - b.length) > max) {
		return false;
	}

	const outside = max + 1;
	let previous = Array.from({length: b.length + 1}, (_, index) => (index <= max ? index : outside));
	for (let i = 1; i <= a.length; i++) {
		const first = i <= max ? i : outside;
		const current = Array.from<number>({length: b.length + 1}).fill(outside);
		current[0] = first;
		let best = first;
		for (let j = Math.max(1, i - max); j <= Math.min(b.length, i + max); j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			const cell = Math.min(outside, previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
			current[j] = cell;
			best = Math.min(best, cell);
		}

		if (best > max) {
			return false;
		}

		previous = current;
	}

	return previous[b.length]! <= max;
}
