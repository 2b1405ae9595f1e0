/**
A rehearsal as it happens: which slide is being timed, since when, and the
time each slide has had. The slideshow feeds it every change ("now slide 4
counts", "now nothing counts": blackout, help, a paused timer); it adds the
time in between to the slide that was counting. Pure, with the clock passed in.
*/
import type {Slide} from '../deck/types.js';
import {type Rehearsal, rehearsalSchema, rehearsalVersion, type RehearsedSlide} from '../records/rehearsal.js';
import type {Budgets} from './budgets.js';

export type RehearsalLog = {
	/** When the run began, by the clock given. */
	readonly startedAt: number;
	/** Milliseconds per slide (0-based). */
	readonly ms: readonly number[];
	/** The slide counting now, and since when; absent while nothing counts. */
	readonly mark?: {readonly slide: number; readonly at: number};
};

export function startRehearsal(slideCount: number, now: number): RehearsalLog {
	return {startedAt: now, ms: Array.from({length: slideCount}, () => 0)};
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
		ms = ms.map((value, index) => (index === counted ? value + Math.max(0, now - at) : value));
	}

	return {startedAt: log.startedAt, ms, ...(slide === undefined ? {} : {mark: {slide, at: now}})};
}

/** The record to keep: every slide with its seconds (to the tenth) and the budget it had. */
export function rehearsalRecord(log: RehearsalLog, input: {
	readonly deckId: string;
	readonly slides: ReadonlyArray<Pick<Slide, 'number' | 'title' | 'slug'>>;
	readonly budgets: Budgets;
	readonly endedAt: number;
}): Rehearsal {
	const finished = observe(log, undefined, input.endedAt);
	const slides = input.slides.map((slide, index): RehearsedSlide => {
		const budget = input.budgets[index];
		return {
			number: slide.number,
			title: slide.title,
			slug: slide.slug,
			seconds: Math.round((finished.ms[index] ?? 0) / 100) / 10,
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
now. Slides added since get none.
*/
export function rehearsedSeconds(rehearsal: Pick<Rehearsal, 'slides'>, slides: ReadonlyArray<Pick<Slide, 'number' | 'slug'>>): Budgets {
	const bySlug = new Map<string, number>();
	for (const slide of rehearsal.slides) {
		if (slide.slug !== '' && !bySlug.has(slide.slug)) {
			bySlug.set(slide.slug, slide.seconds);
		}
	}

	return slides.map(slide => {
		if (slide.slug !== '') {
			return bySlug.get(slide.slug);
		}

		const then = rehearsal.slides.find(old => old.number === slide.number);
		return then?.slug === '' ? then.seconds : undefined;
	});
}
