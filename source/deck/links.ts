import type {Diagnostic, Slide} from './types.js';

/** markdown-it percent-encodes link targets; slugs and messages use them as written. */
export function decodeURIComponentSafe(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

/** The slide a `#slug` or `#3` target (without the `#`) names, if any. */
export function resolveSlideLink(slides: readonly Slide[], target: string): number | undefined {
	const written = decodeURIComponentSafe(target);
	if (/^\d+$/.test(written)) {
		const number = Number(written);
		return number >= 1 && number <= slides.length ? number : undefined;
	}

	return slides.find(slide => slide.slug !== '' && slide.slug === written)?.number;
}

/** An error at the exact place of every `#` link that names no slide. */
export function checkLinks(links: ReadonlyArray<{readonly href: string; readonly line: number}>, slides: readonly Slide[], lines: readonly string[]): Diagnostic[] {
	const diagnostics: Diagnostic[] = [];
	for (const link of links) {
		if (link.href.startsWith('#') && resolveSlideLink(slides, link.href.slice(1)) === undefined) {
			const written = decodeURIComponentSafe(link.href);
			const {line, column} = locate(lines, `(${written}`, link.line);
			diagnostics.push({
				severity: 'error',
				line,
				column: column + 1,
				message: `link to \`${written}\` does not match any slide`,
				hint: closestSlug(written.slice(1), slides),
			});
		}
	}

	return diagnostics;
}

/** Line and 0-based column of `needle`, searching from `fromLine` on. */
function locate(lines: readonly string[], needle: string, fromLine: number): {line: number; column: number} {
	for (let index = fromLine - 1; index < lines.length; index++) {
		const column = lines[index]!.indexOf(needle);
		if (column !== -1) {
			return {line: index + 1, column};
		}
	}

	return {line: fromLine, column: 0};
}

/** The slide whose slug is closest to `target`, when one is close enough to be what was meant. */
export function closestSlide(target: string, slides: readonly Slide[]): Slide | undefined {
	let best: Slide | undefined;
	let bestDistance = Number.POSITIVE_INFINITY;
	for (const slide of slides) {
		const distance = editDistance(target, slide.slug);
		if (slide.slug !== '' && distance < bestDistance) {
			best = slide;
			bestDistance = distance;
		}
	}

	return best && bestDistance <= Math.max(3, target.length / 3) ? best : undefined;
}

function closestSlug(target: string, slides: readonly Slide[]): string {
	const best = closestSlide(target, slides);
	return best ? `did you mean \`#${best.slug}\` (slide ${best.number})?` : 'link to a slide as `#slug-of-its-title` or `#number`';
}

function editDistance(a: string, b: string): number {
	let previous = Array.from({length: b.length + 1}, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
		}

		previous = current;
	}

	return previous[b.length]!;
}
