/**
Array helpers that hold for arrays of any length. Spreading an array into a
call (`lines.push(...more)`, `Math.max(...widths)`) puts every element on the
stack, and past about 120,000 elements that throws "Maximum call stack size
exceeded": a deck can make arrays that long.
*/

/** Appends `items` to `target` in place; returns `target`. */
export function append<T>(target: T[], items: Iterable<T>): T[] {
	for (const item of items) {
		target.push(item);
	}

	return target;
}

/** The largest of `values`, or `floor` when it is larger (or there are none). */
export function maxOf(values: Iterable<number>, floor = Number.NEGATIVE_INFINITY): number {
	let max = floor;
	for (const value of values) {
		if (value > max) {
			max = value;
		}
	}

	return max;
}

/** The smallest of `values`, or `ceiling` when it is smaller (or there are none). */
export function minOf(values: Iterable<number>, ceiling = Number.POSITIVE_INFINITY): number {
	let min = ceiling;
	for (const value of values) {
		if (value < min) {
			min = value;
		}
	}

	return min;
}
