import type {Diagnostic, Slide} from './types.js';

/** markdown-it percent-encodes link targets; slugs and messages use them as written. */
function decodeURIComponentSafe(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

// Slug to slide number, built once per deck's slides: a deck with thousands of
// links to thousands of slides would otherwise compare every pair.
const slugIndexes = new WeakMap<readonly Slide[], ReadonlyMap<string, number>>();

function slugIndex(slides: readonly Slide[]): ReadonlyMap<string, number> {
	let index = slugIndexes.get(slides);
	if (index === undefined) {
		const bySlug = new Map<string, number>();
		for (const slide of slides) {
			// The first slide with a slug wins, as a reader following the link would expect.
			if (slide.slug !== '' && !bySlug.has(slide.slug)) {
				bySlug.set(slide.slug, slide.number);
			}
		}

		index = bySlug;
		slugIndexes.set(slides, index);
	}

	return index;
}

/** The slide a `#slug` or `#3` target (without the `#`) names, if any. */
export function resolveSlideLink(slides: readonly Slide[], target: string): number | undefined {
	const written = decodeURIComponentSafe(target);
	if (/^\d+$/.test(written)) {
		const number = Number(written);
		return number >= 1 && number <= slides.length ? number : undefined;
	}

	return slugIndex(slides).get(written);
}

/** An error at the exact place of every `#` link that names no slide. */
export function checkLinks(links: ReadonlyArray<{readonly href: string; readonly line: number}>, slides: readonly Slide[], lines: readonly string[]): Diagnostic[] {
	const diagnostics: Diagnostic[] = [];
	const suggest = slugSuggester(slides);
	for (const link of links) {
		if (link.href.startsWith('#') && resolveSlideLink(slides, link.href.slice(1)) === undefined) {
			const written = decodeURIComponentSafe(link.href);
			const {line, column} = locate(lines, `(${written}`, link.line);
			diagnostics.push({
				severity: 'error',
				line,
				column: column + 1,
				message: `link to \`${written}\` does not match any slide`,
				hint: suggest(written.slice(1)),
			});
		}
	}

	return diagnostics;
}

/** A link sits in the block starting at its line; looking further only costs time (and is quadratic). */
const locateWindow = 200;

/** Line and 0-based column of `needle`, searching from `fromLine` on. */
function locate(lines: readonly string[], needle: string, fromLine: number): {line: number; column: number} {
	const last = Math.min(lines.length, fromLine - 1 + locateWindow);
	for (let index = fromLine - 1; index < last; index++) {
		const column = lines[index]!.indexOf(needle);
		if (column !== -1) {
			return {line: index + 1, column};
		}
	}

	return {line: fromLine, column: 0};
}

const genericHint = 'link to a slide as `#slug-of-its-title` or `#number`';

/** Slugs longer than this get no "did you mean": nobody mistypes a slug that long, and distance is quadratic in length. */
const maxSuggestLength = 120;

/**
Cells of edit-distance tables one deck may fill for suggestions (about 50 ms):
thousands of broken links times thousands of slides would otherwise take
minutes. Past it, links get the plain hint.
*/
const suggestionBudget = 5_000_000;

type Budget = {cells: number};

/** Slides that can be suggested, by the length of their slug. */
type Candidates = ReadonlyMap<number, readonly Slide[]>;

/**
The slide whose slug is closest to `target`, when one is close enough to be
what was meant; undefined when none is, or when the budget runs out first.
Only slugs of a length within reach are looked at, nearest lengths first (a
slug `d` characters longer or shorter is at least `d` edits away), so a deck
of many slides and many broken links does not compare every link with every
slide. Of slugs equally close, the earlier slide wins.
*/
function closestWithin(target: string, candidates: Candidates, budget: Budget): Slide | undefined {
	if (target.length > maxSuggestLength) {
		return undefined;
	}

	const limit = Math.max(3, Math.floor(target.length / 3));
	let best: Slide | undefined;
	let bestDistance = limit + 1;
	// Up to `bestDistance` itself: a slug that far off in length can still tie, and be on an earlier slide.
	for (let offset = 0; offset <= bestDistance; offset++) {
		const lengths = offset === 0 ? [target.length] : [target.length - offset, target.length + offset];
		for (const length of lengths) {
			for (const slide of candidates.get(length) ?? []) {
				budget.cells -= (target.length + 1) * (length + 1);
				if (budget.cells < 0) {
					return best;
				}

				const distance = editDistance(target, slide.slug, bestDistance);
				if (distance < bestDistance || (distance === bestDistance && best !== undefined && slide.number < best.number)) {
					best = slide;
					bestDistance = distance;
				}
			}
		}
	}

	return best;
}

function suggestible(slides: readonly Slide[]): Candidates {
	const byLength = new Map<number, Slide[]>();
	for (const slide of slides) {
		if (slide.slug !== '' && slide.slug.length <= maxSuggestLength) {
			const sameLength = byLength.get(slide.slug.length);
			if (sameLength) {
				sameLength.push(slide);
			} else {
				byLength.set(slide.slug.length, [slide]);
			}
		}
	}

	return byLength;
}

/** The slide a mistyped slug most likely meant (`--slide why-nw`), if any is close. */
export function closestSlide(target: string, slides: readonly Slide[]): Slide | undefined {
	return closestWithin(target, suggestible(slides), {cells: suggestionBudget});
}

/** "Did you mean" hints for broken slide links, with the work bounded whatever the deck. */
function slugSuggester(slides: readonly Slide[]): (target: string) => string {
	const candidates = suggestible(slides);
	const known = new Map<string, string>();
	const budget: Budget = {cells: suggestionBudget};
	return target => {
		const remembered = known.get(target);
		if (remembered !== undefined) {
			return remembered;
		}

		const best = closestWithin(target, candidates, budget);
		const hint = best ? `did you mean \`#${best.slug}\` (slide ${best.number})?` : genericHint;
		known.set(target, hint);
		return hint;
	};
}

/** Levenshtein distance, or `limit + 1` as soon as it is sure to exceed `limit`. */
function editDistance(a: string, b: string, limit: number): number {
	let previous = Array.from({length: b.length + 1}, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
			rowMin = Math.min(rowMin, current[j]!);
		}

		if (rowMin > limit) {
			return limit + 1;
		}

		previous = current;
	}

	return previous[b.length]!;
}
