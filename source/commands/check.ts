import {countBySeverity, formatDiagnostic} from '../deck/format-diagnostic.js';
import type {LoadResult} from '../deck/load.js';
import type {Diagnostic} from '../deck/types.js';
import {plural} from '../text/format.js';
import {displayPath, toSafeJson} from '../text/sanitize.js';
import {resolveSlideLink} from '../deck/links.js';
import {collectLinks} from '../deck/quiz.js';
import {append} from '../text/arrays.js';

export type CheckOptions = {
	readonly json?: boolean;
	readonly coverage?: boolean;
};

export type CommandOutput = {
	readonly stdout: string;
	readonly exitCode: number;
};

/** `briefing-deck check`: every problem in every deck; exit 1 when any deck has an error. */
export function checkDecks(results: readonly LoadResult[], options: CheckOptions = {}): CommandOutput {
	const hasError = results.some(result => countBySeverity(result.diagnostics).errors > 0);
	const exitCode = hasError ? 1 : 0;
	if (options.json) {
		return {stdout: toSafeJson({decks: results.map(result => toJson(result, options.coverage))}) + '\n', exitCode};
	}

	const lines: string[] = [];
	for (const result of results) {
		const name = displayPath(result.path);
		append(lines, result.diagnostics.map(diagnostic => formatDiagnostic(result.path, diagnostic)));
		if (options.coverage && result.deck) {
			append(lines, uncoveredSlides(result).map(slide => `${name}:${slide.line}:1: info: no question links to slide ${slide.number}${slide.title ? ` "${slide.title}"` : ''}`));
		}

		const {errors, warnings} = countBySeverity(result.diagnostics);
		const deck = result.deck;
		const summary = deck
			? `${plural(deck.slides.length, 'slide')}, ${plural(deck.quiz?.questions.length ?? 0, 'question')}`
			: 'not a deck';
		lines.push(`${name}: ${summary}; ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
	}

	return {stdout: lines.join('\n') + '\n', exitCode};
}

/** Slides that no question links to (from its explanation or feedback). */
export function uncoveredSlides(result: LoadResult) {
	const deck = result.deck;
	if (!deck) {
		return [];
	}

	const linked = new Set<number>();
	for (const question of deck.quiz?.questions ?? []) {
		if (question.slide !== undefined) {
			linked.add(question.slide);
		}

		for (const link of collectLinks([...question.explanation, ...question.options.flatMap(option => option.feedback)])) {
			const slide = link.href.startsWith('#') ? resolveSlideLink(deck.slides, link.href.slice(1)) : undefined;
			if (slide !== undefined) {
				linked.add(slide);
			}
		}
	}

	return deck.slides.filter(slide => !linked.has(slide.number));
}

function toJson(result: LoadResult, coverage = false) {
	const toEntry = (diagnostic: Diagnostic) => ({line: diagnostic.line, column: diagnostic.column, message: diagnostic.message, ...(diagnostic.hint ? {hint: diagnostic.hint} : {})});
	const deck = result.deck;
	return {
		path: result.path,
		title: deck?.meta.title ?? null,
		slides: deck?.slides.length ?? 0,
		steps: deck?.slides.reduce((sum, slide) => sum + slide.steps.length, 0) ?? 0,
		questions: deck?.quiz?.questions.length ?? 0,
		errors: result.diagnostics.filter(diagnostic => diagnostic.severity === 'error').map(toEntry),
		warnings: result.diagnostics.filter(diagnostic => diagnostic.severity === 'warning').map(toEntry),
		...(coverage ? {uncovered: uncoveredSlides(result).map(slide => ({slide: slide.number, title: slide.title, line: slide.line}))} : {}),
	};
}
