import {countBySeverity, formatDiagnostic} from '../../core/deck/format-diagnostic.js';
import type {LoadResult} from '../../io/deck/load.js';
import type {Deck, Diagnostic} from '../../core/deck/types.js';
import {slideWidth, TERMINAL_MARGINS} from '../../core/layout/body-width.js';
import {findWideCode} from '../../core/layout/wide-code.js';
import {judgeItems} from '../../core/deck/item-rules.js';
import {plural} from '../../core/text/format.js';
import {displayPath, toSafeJson} from '../../core/text/sanitize.js';
import {resolveSlideLink} from '../../core/deck/links.js';
import {collectLinks} from '../../core/deck/block-links.js';
import {append} from '../../core/text/arrays.js';
import type {CommandOutput} from '../shared/streams.js';

type CheckOptions = {
	readonly json?: boolean;
	readonly coverage?: boolean;
	/** Check that code fits a terminal this many columns wide; by default `PROJECTOR_COLUMNS`. */
	readonly width?: number;
	/** Slides at most this wide (`--max-width`), over each deck's own `max_width`. */
	readonly maxWidth?: number;
};

/**
The terminal `check` assumes when it is not told one: a full-screen terminal
on a 1920-pixel projector, its font made large enough to read from the back of
a room (about 16 pixels a column), is about 120 columns wide. Nothing is
measured: `--width` checks against the terminal a talk is really given in.
*/
export const PROJECTOR_COLUMNS = 120;

/** `briefing-deck check`: every problem in every deck; exit 1 when any deck has an error. */
export function checkDecks(loaded: readonly LoadResult[], options: CheckOptions = {}): CommandOutput {
	const results = loaded.map(result => withCheckWarnings(result, options.width, options.maxWidth));
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
			append(lines, uncoveredSlides(result).map(slide => `${name}:${slide.line}:1: info: no question links to slide ${slide.number}${slide.title ? ` “${slide.title}”` : ''}`));
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

/**
A warning for each code block with a line wider than the slide gives it, in a
terminal `width` columns wide (`PROJECTOR_COLUMNS` unless told), with slides
at most `maxWidth` columns (else the deck's `max_width`).
*/
export function wideCodeWarnings(deck: Deck, width?: number, maxWidth?: number): Diagnostic[] {
	const terminal = width ?? PROJECTOR_COLUMNS;
	const cap = maxWidth ?? deck.meta.maxWidth;
	const body = slideWidth(terminal, cap);
	const capped = body < slideWidth(terminal);
	return findWideCode(deck.slides, body).map(({line, width: needed, room}): Diagnostic => {
		// The frame, line numbers and list indents around the code: the same in any terminal.
		const around = body - room;
		const fitting = needed + around + TERMINAL_MARGINS;
		const where = width === undefined
			? `in a ${terminal}-column terminal (a projector's, assumed; \`--width\` sets yours) a slide has room for`
			: `at ${terminal} columns a slide has room for`;
		const widerSlide = capped ? `it fits a slide ${needed + around} columns wide (the max width is ${body})` : `it fits a terminal ${fitting} columns wide`;
		return {
			severity: 'warning',
			line,
			column: 1,
			message: `code line is ${needed} columns wide; ${where} ${room}`,
			hint: `on screen it is wrapped behind ↪ marks; ${widerSlide}, or shorten it to ${room} columns`,
		};
	});
}

/** What `check` adds to the parser's diagnostics: code too wide for the slide, and the quiz judged by the item-writing rules. */
function withCheckWarnings(result: LoadResult, width: number | undefined, maxWidth: number | undefined): LoadResult {
	if (!result.deck) {
		return result;
	}

	const diagnostics = [...result.diagnostics, ...wideCodeWarnings(result.deck, width, maxWidth), ...(result.deck.quiz ? judgeItems(result.deck.quiz) : [])];
	diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
	return {...result, diagnostics};
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
	const toEntry = (diagnostic: Diagnostic) => ({line: diagnostic.line, column: diagnostic.column, message: diagnostic.message, ...(diagnostic.hint ? {hint: diagnostic.hint} : {}), ...(diagnostic.rule ? {rule: diagnostic.rule} : {})});
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
