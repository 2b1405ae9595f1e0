/**
A talk as it runs, kept so that a slideshow that ends without a quit (a crash,
a kill, a closed terminal) can be picked up where it was: one file per deck,
`<store>/talks/<deck>.json`, rewritten on every change. The same copy, without
the head, is what a presenter console offers a new slideshow over the channel
(see protocol.ts), so both are checked here, by hand like every record, and a
problem names the field, never the value found.
*/
import {isMs, readTimer, type Timer} from '../talk/timer.js';
import {append} from '../text/arrays.js';
import {headProblems, isCount, isRecord, string} from './checks.js';

export const talkSchema = 'briefing-deck/talk';
export const talkVersion = 1;

/** Where a talk stood and how its clock ran, named by slug so that an edited deck maps what it can. */
export type TalkCopy = {
	/** Slug of the slide shown (the last slide at the end screen); `''` for a slide without a title. */
	readonly slide: string;
	/** 1-based number of that slide then: where the talk goes back to when no slide has the slug any more. */
	readonly slideNumber: number;
	/** 0-based step and page of that slide. */
	readonly step: number;
	readonly page: number;
	/** Past the last slide: the end screen. */
	readonly atEnd: boolean;
	/** The talk's clock: a running timer's `since` is a clock reading (epoch ms), so the time it was down counts. */
	readonly timer: Timer;
	/** The timer's reading when the slide was entered (for pacing). */
	readonly slideStartedMs: number;
	/** Slug of the slide pacing counts from, `null` when that is past the last slide. */
	readonly pacedFrom: string | null;
	/** 1-based number of that slide then (one past the last for the end). */
	readonly pacedFromNumber: number;
	/** When the copy was taken (epoch ms): of two copies, the newer wins. */
	readonly savedAt: number;
};

/** The store's file: a copy, whose deck it is, and whether the show ended with a quit. */
export type TalkRecord = TalkCopy & {
	readonly schema: typeof talkSchema;
	readonly version: typeof talkVersion;
	readonly deckId: string;
	/** Quit cleanly (`q`, the end screen, the quiz): nothing to pick up next time. */
	readonly ended: boolean;
};

/** Slugs are short; a longer one is not ours (and is not kept in memory). */
const maxSlugLength = 400;

const isSlug = (value: unknown): value is string => typeof value === 'string' && value.length <= maxSlugLength;

const isNumberFrom1 = (value: unknown): value is number => isCount(value) && value >= 1;

export type TalkCopyRead =
	| {readonly ok: true; readonly copy: TalkCopy}
	| {readonly ok: false; readonly problems: readonly string[]};

/** Checks a copy's fields, listing every problem; unknown fields are dropped. */
export function readTalkCopy(value: unknown): TalkCopyRead {
	if (!isRecord(value)) {
		return {ok: false, problems: ['a talk should be a JSON object']};
	}

	const {slide, slideNumber, step, page, atEnd, slideStartedMs, pacedFrom, pacedFromNumber, savedAt} = value;
	const timer = readTimer(value['timer']);
	const checks: ReadonlyArray<readonly [string, boolean, string]> = [
		['slide', isSlug(slide), 'a slide slug'],
		['slideNumber', isNumberFrom1(slideNumber), 'a slide number from 1'],
		['step', isCount(step), 'a whole number'],
		['page', isCount(page), 'a whole number'],
		['atEnd', typeof atEnd === 'boolean', 'true or false'],
		['timer', timer !== undefined, 'an idle, running or paused timer'],
		['slideStartedMs', isMs(slideStartedMs), 'a number of milliseconds'],
		['pacedFrom', pacedFrom === null || isSlug(pacedFrom), 'a slide slug or null'],
		['pacedFromNumber', isNumberFrom1(pacedFromNumber), 'a slide number from 1'],
		['savedAt', isMs(savedAt), 'a time in milliseconds since 1970'],
	];
	const problems = checks.filter(([, ok]) => !ok).map(([key, , what]) => `${key} should be ${what}`);
	if (problems.length > 0 || !timer) {
		return {ok: false, problems};
	}

	return {
		ok: true,
		copy: {
			slide: slide as string,
			slideNumber: slideNumber as number,
			step: step as number,
			page: page as number,
			atEnd: atEnd as boolean,
			timer,
			slideStartedMs: slideStartedMs as number,
			pacedFrom: pacedFrom as string | null,
			pacedFromNumber: pacedFromNumber as number,
			savedAt: savedAt as number,
		},
	};
}

export type TalkValidation =
	| {readonly ok: true; readonly record: TalkRecord}
	/** Written by a newer briefing-deck: left alone for it. */
	| {readonly ok: false; readonly newer: number}
	| {readonly ok: false; readonly problems: readonly string[]};

/** Checks a parsed talk file, listing every problem. */
export function validateTalk(value: unknown): TalkValidation {
	if (!isRecord(value)) {
		return {ok: false, problems: ['a talk file should be a JSON object']};
	}

	if (Number.isSafeInteger(value['version']) && (value['version'] as number) > talkVersion) {
		return {ok: false, newer: value['version'] as number};
	}

	const problems = headProblems(value, talkSchema, talkVersion, [['deckId', string]]);
	if (typeof value['ended'] !== 'boolean') {
		problems.push('ended should be true or false');
	}

	const read = readTalkCopy(value);
	if (!read.ok) {
		append(problems, read.problems);
	}

	if (problems.length > 0 || !read.ok) {
		return {ok: false, problems};
	}

	return {ok: true, record: {schema: talkSchema, version: talkVersion, deckId: value['deckId'] as string, ...read.copy, ended: value['ended'] as boolean}};
}

/** The file's content for a copy of a deck's talk. */
export function talkRecord(deckId: string, copy: TalkCopy, ended: boolean): TalkRecord {
	return {schema: talkSchema, version: talkVersion, deckId, ...copy, ended};
}
