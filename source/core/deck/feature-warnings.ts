/**
A feature a deck uses that cannot be shown in a terminal (a Marp background
image, an HTML `<iframe>`, a command run before the show) is worth one word
per deck, naming the slides it is on, not one per occurrence: forty warnings
that say the same thing hide the one that matters.
*/
import type {Diagnostic} from './types.js';

export type FeatureOccurrence = {
	/** The feature, as a plural noun phrase: "Marp background images". */
	readonly feature: string;
	/** 1-based number of the slide it is on. */
	readonly slide: number;
	/** 1-based source line of this occurrence. */
	readonly line: number;
	readonly column?: number;
	/** What becomes of it, as a verb phrase: "are not shown" (the default), "are shown as their input". */
	readonly outcome?: string;
	readonly hint?: string;
};

/** Slide numbers listed before the rest are only counted. */
const MAX_LISTED = 12;

/** "slide 3", "slides 3 and 7", "slides 3, 7 and 9", runs as "slides 3–6 and 9". */
export function describeSlides(numbers: readonly number[]): string {
	const sorted = [...new Set(numbers)].sort((a, b) => a - b);
	const runs: string[] = [];
	for (let index = 0; index < sorted.length;) {
		let end = index;
		while (end + 1 < sorted.length && sorted[end + 1] === sorted[end]! + 1) {
			end++;
		}

		runs.push(end - index >= 2 ? `${sorted[index]}–${sorted[end]}` : sorted.slice(index, end + 1).join(', '));
		index = end + 1;
	}

	const parts = runs.join(', ').split(', ');
	const listed = parts.length > MAX_LISTED ? [...parts.slice(0, MAX_LISTED), `${parts.length - MAX_LISTED} more`] : parts;
	const words = listed.length === 1 ? listed[0]! : `${listed.slice(0, -1).join(', ')} and ${listed.at(-1)!}`;
	return `${sorted.length === 1 ? 'slide' : 'slides'} ${words}`;
}

/**
One warning per feature, at its first occurrence, naming every slide it is on:
"Marp background images on slides 3, 7 and 9 are not shown". Features keep
the order they are first met in.
*/
export function aggregateFeatureWarnings(occurrences: readonly FeatureOccurrence[]): Diagnostic[] {
	const byFeature = new Map<string, FeatureOccurrence[]>();
	for (const occurrence of occurrences) {
		const list = byFeature.get(occurrence.feature);
		if (list) {
			list.push(occurrence);
		} else {
			byFeature.set(occurrence.feature, [occurrence]);
		}
	}

	return [...byFeature.values()].map(list => {
		const first = list.reduce((a, b) => (b.line < a.line ? b : a));
		return {
			severity: 'warning',
			line: first.line,
			column: first.column ?? 1,
			message: `${first.feature} on ${describeSlides(list.map(occurrence => occurrence.slide))} ${first.outcome ?? 'are not shown'}`,
			...(first.hint === undefined ? {} : {hint: first.hint}),
		};
	});
}
