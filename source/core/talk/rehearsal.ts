/**
A rehearsal as it happens: which slide is being timed, since when, and the
time each slide has had. The slideshow feeds it every change ("now slide 4
counts", "now nothing counts": blackout, help, a paused timer); it adds the
time in between to the slide that was counting. Pure, with the clock passed in.
*/
import type {Slide} from '../deck/types.js';
import {type Rehearsal, rehearsalSchema, rehearsalVersion, type RehearsedSlide, slideSeconds} from '../records/rehearsal.js';
import type {Budgets} from './budgets.js';

export type RehearsalLog = {
	/** When the run began, by the clock given. */
	readonly startedAt: number;
	/** Milliseconds per slide (0-based); `undefined` for a slide the run has not reached. */
	readonly ms: ReadonlyArray<number | undefined>;
	/** The slide counting now, and since when; absent while nothing counts. */
	readonly mark?: {readonly slide: number; readonly at: number};
};

export function startRehearsal(slideCount: number, now: number): RehearsalLog {
	return {startedAt: now, ms: Array.from({length: slideCount}, () => undefined)};
}

/**
Says which slide counts from `now` on (`undefined`: none). The time since the
last change goes to the slide that counted until now. Unchanged, the same log
comes back, so a reducer can tell nothing happened.
*/
export function observe(log: RehearsalLog, slide: number | undefined, now: number): RehearsalLog {
	if (log.mark?.slide === slide || (log.mark === undefined && slide === undefined)) {
		return log;
	}

	let {ms} = log;
	if (log.mark !== undefined) {
		const {slide: counted, at} = log.mark;
		ms = ms.map((value, index) => (index === counted ? (value ?? 0) + Math.max(0, now - at) : value));
	}

	return {startedAt: log.startedAt, ms, ...(slide === undefined ? {} : {mark: {slide, at: now}})};
}

/** The record to keep: every slide, whether the run reached it and its seconds (to the tenth) if so, and the budget it had. */
export function rehearsalRecord(log: RehearsalLog, input: {
	readonly deckId: string;
	readonly slides: ReadonlyArray<Pick<Slide, 'number' | 'title' | 'slug'>>;
	readonly budgets: Budgets;
	readonly endedAt: number;
}): Rehearsal {
	const finished = observe(log, undefined, input.endedAt);
	const slides = input.slides.map((slide, index): RehearsedSlide => {
		const budget = input.budgets[index];
		const ms = finished.ms[index];
		return {
			number: slide.number,
			title: slide.title,
			slug: slide.slug,
			...(ms === undefined ? {shown: false} : {shown: true, seconds: Math.round(ms / 100) / 10}),
			...(budget === undefined ? {} : {budget: Math.round(budget * 10) / 10}),
		};
	});
	return {
		schema: rehearsalSchema,
		version: rehearsalVersion,
		deckId: input.deckId,
		startedAt: new Date(log.startedAt).toISOString(),
		endedAt: new Date(input.endedAt).toISOString(),
		slides,
	};
}

/**
A past rehearsal's seconds for each slide of the deck as it is now: by slug
where a slide has one, else by number where that slide is untitled then and
now. Slides added since, and slides the run did not reach, get none.
*/
export function rehearsedSeconds(rehearsal: Pick<Rehearsal, 'slides'>, slides: ReadonlyArray<Pick<Slide, 'number' | 'slug'>>): Budgets {
	const bySlug = new Map<string, RehearsedSlide>();
	for (const slide of rehearsal.slides) {
		if (slide.slug !== '' && !bySlug.has(slide.slug)) {
			bySlug.set(slide.slug, slide);
		}
	}

	return slides.map(slide => {
		const then = slide.slug === ''
			? rehearsal.slides.find(old => old.number === slide.number && old.slug === '')
			: bySlug.get(slide.slug);
		return then && slideSeconds(then);
	});
}

/**
What past rehearsals say of each slide: the time it took in the latest run
that reached it. Rehearsing only the opening again then updates the opening,
and the rest keep the times of the last full run. `runs` is oldest first.
*/
export function latestRehearsedSeconds(runs: ReadonlyArray<Pick<Rehearsal, 'slides'>>, slides: ReadonlyArray<Pick<Slide, 'number' | 'slug'>>): Budgets {
	const latest: Array<number | undefined> = slides.map(() => undefined);
	for (let run = runs.length - 1; run >= 0 && latest.includes(undefined); run--) {
		for (const [index, seconds] of rehearsedSeconds(runs[run]!, slides).entries()) {
			latest[index] ??= seconds;
		}
	}

	return latest;
}
