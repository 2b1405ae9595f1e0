import {sanitize} from '../text/sanitize.js';
import {headProblems, isoTime, isRecord, string} from './checks.js';
import {append} from '../text/arrays.js';
import type {Upgrade} from './migrate.js';

export const rehearsalSchema = 'briefing-deck/rehearsal';
export const rehearsalVersion = 2;

/**
One slide of a rehearsal: whether the run reached it, how long it was shown
if so, and the budget it had then. A slide the run never reached has no time
from it at all: a run quit after the opening says nothing about the rest.
*/
export type RehearsedSlide = {
	/** 1-based, in the deck as it was then. */
	readonly number: number;
	readonly title: string;
	readonly slug: string;
	/** Seconds the plan gave the slide during the run, if it had a budget. */
	readonly budget?: number;
} & ({readonly shown: true; readonly seconds: number} | {readonly shown: false});

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

	if (typeof value['shown'] !== 'boolean') {
		problems.push(`${at}.shown should be true or false`);
	} else if (value['shown'] && !seconds(value['seconds'])) {
		problems.push(`${at}.seconds should be a number of seconds`);
	} else if (!value['shown'] && value['seconds'] !== undefined) {
		problems.push(`${at}.seconds should be left out of a slide not shown`);
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

/** Seconds of the whole run: the slides it showed. */
export const totalSeconds = (rehearsal: Pick<Rehearsal, 'slides'>): number =>
	rehearsal.slides.reduce((sum, slide) => sum + (slide.shown ? slide.seconds : 0), 0);

/** A slide's seconds in a run, `undefined` when the run did not reach it. */
export const slideSeconds = (slide: RehearsedSlide): number | undefined => (slide.shown ? slide.seconds : undefined);

/**
Version 1 kept every slide with its seconds, and a slide the run never
reached with 0. A slide that was shown is timed to the tenth of a second, so
it reads 0 only if it was on screen for less than 50 ms: passed over on the
way to another, not rehearsed. So 0 is read as not shown. Anything malformed
is left as it is for the check to report.
*/
const fromVersion1: Upgrade = raw => {
	const slideFromVersion1 = (slide: unknown): unknown => {
		if (!isRecord(slide) || typeof slide['seconds'] !== 'number') {
			return slide;
		}

		if (slide['seconds'] !== 0) {
			return {...slide, shown: true};
		}

		const rest = Object.fromEntries(Object.entries(slide).filter(([key]) => key !== 'seconds'));
		return {...rest, shown: false};
	};

	const {slides} = raw;
	return {...raw, version: 2, slides: Array.isArray(slides) ? slides.map(slide => slideFromVersion1(slide)) : slides};
};

/** `rehearsalUpgrades[n]` lifts a rehearsal of version n to n + 1. */
export const rehearsalUpgrades: Readonly<Record<number, Upgrade>> = {1: fromVersion1};
