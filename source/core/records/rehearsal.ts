import {sanitize} from '../text/sanitize.js';
import {headProblems, isoTime, isRecord, string} from './checks.js';
import {append} from '../text/arrays.js';

export const rehearsalSchema = 'briefing-deck/rehearsal';
export const rehearsalVersion = 1;

/** One slide of a rehearsal: how long it was shown, and the budget it had then. */
export type RehearsedSlide = {
	/** 1-based, in the deck as it was then. */
	readonly number: number;
	readonly title: string;
	readonly slug: string;
	readonly seconds: number;
	/** Seconds the plan gave the slide during the run, if it had a budget. */
	readonly budget?: number;
};

/** One run through a deck with `--rehearse`, as stored in its own file. */
export type Rehearsal = {
	readonly schema: typeof rehearsalSchema;
	readonly version: typeof rehearsalVersion;
	readonly deckId: string;
	/** ISO 8601. */
	readonly startedAt: string;
	readonly endedAt: string;
	/** Every slide of the deck, in order, shown or not. */
	readonly slides: readonly RehearsedSlide[];
};

export type RehearsalValidation =
	| {readonly ok: true; readonly rehearsal: Rehearsal}
	| {readonly ok: false; readonly problems: readonly string[]};

const seconds = (value: unknown): boolean => typeof value === 'number' && Number.isFinite(value) && value >= 0 && value < 1e9;

const slideProblems = (value: unknown, at: string): string[] => {
	if (!isRecord(value)) {
		return [`${at} should be an object`];
	}

	const problems: string[] = [];
	if (!Number.isSafeInteger(value['number']) || (value['number'] as number) < 1) {
		problems.push(`${at}.number should be a slide number from 1`);
	}

	for (const key of ['title', 'slug']) {
		if (typeof value[key] !== 'string') {
			problems.push(`${at}.${key} should be a string`);
		}
	}

	if (!seconds(value['seconds'])) {
		problems.push(`${at}.seconds should be a number of seconds`);
	}

	if (value['budget'] !== undefined && !seconds(value['budget'])) {
		problems.push(`${at}.budget should be a number of seconds`);
	}

	return problems;
};

/**
Checks a parsed rehearsal of the current version, listing every problem.
Titles come back sanitized: a hand-edited file must not reach a terminal
with escape codes in it.
*/
export function validateRehearsal(value: unknown): RehearsalValidation {
	if (!isRecord(value)) {
		return {ok: false, problems: ['a rehearsal should be a JSON object']};
	}

	const problems = headProblems(value, rehearsalSchema, rehearsalVersion, [['deckId', string], ['startedAt', isoTime], ['endedAt', isoTime]]);
	const {slides} = value;
	if (Array.isArray(slides)) {
		for (const [index, slide] of slides.entries()) {
			append(problems, slideProblems(slide, `slides[${index}]`));
		}
	} else {
		problems.push('slides should be a list');
	}

	if (problems.length > 0) {
		return {ok: false, problems};
	}

	const rehearsal = value as Rehearsal;
	return {
		ok: true,
		rehearsal: {
			...rehearsal,
			slides: rehearsal.slides.map(slide => ({...slide, title: sanitize(slide.title), slug: sanitize(slide.slug)})),
		},
	};
}

/** Seconds of the whole run. */
export const totalSeconds = (rehearsal: Pick<Rehearsal, 'slides'>): number =>
	rehearsal.slides.reduce((sum, slide) => sum + slide.seconds, 0);
