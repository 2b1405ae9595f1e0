/**
Whether `a` can be turned into `b` with at most `max` single-character
insertions, deletions or substitutions (Levenshtein distance). Only the band
of cells within `max` of the diagonal is computed, so two long inputs cost
O(length × max) time and O(max) memory, never the full quadratic table.
*/
export function withinEditDistance(a: string, b: string, max: number): boolean {
	if (Math.abs(a.length - b.length) > max) {
		return false;
	}

	const outside = max + 1;
	const band = (2 * max) + 1;
	// Cell `k` of a row `i` is column `j = i - max + k`.
	const cellAt = (row: readonly number[], i: number, j: number): number => {
		if (j < 0 || j > b.length) {
			return outside;
		}

		return row[j - i + max] ?? outside;
	};

	let previous = Array.from({length: band}, (_, k) => {
		const j = k - max;
		return j >= 0 && j <= max ? j : outside;
	});
	for (let i = 1; i <= a.length; i++) {
		const current = Array.from<number>({length: band}).fill(outside);
		let best = outside;
		for (let k = 0; k < band; k++) {
			const j = i - max + k;
			if (j < 0 || j > b.length) {
				continue;
			}

			const cell = j === 0
				? Math.min(outside, i)
				: Math.min(
						outside,
						cellAt(previous, i - 1, j) + 1,
						(k > 0 ? current[k - 1]! : outside) + 1,
						cellAt(previous, i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1),
					);
			current[k] = cell;
			best = Math.min(best, cell);
		}

		if (best > max) {
			return false;
		}

		previous = current;
	}

	return cellAt(previous, a.length, b.length) <= max;
}
