/**
The talk as it is kept while it runs, and how a copy of it is placed on a
deck again: by slide slug, so that a deck edited since maps what it can, and
by the slide's number where no slide has the slug any more. The timer is kept
as it is: a running one counts from a clock reading, so the time the show was
down counts, as the talk went on in the room.
*/
import type {ShowState} from '../protocol/protocol.js';
import type {TalkCopy} from '../records/talk-record.js';
import type {Timer} from '../talk/timer.js';
import type {Position} from './navigation.js';

/** What of the show's state a copy keeps. */
export type Shown = Pick<ShowState, 'slide' | 'step' | 'page' | 'atEnd' | 'timer' | 'slideStartedMs' | 'pacedFrom'>;

/** A talk stopped longer ago than this is not picked up: `r` still goes to its slide. */
export const maxDownMs = 2 * 60 * 60 * 1000;

/** The copy of a show on a deck whose slides have these slugs, taken at `savedAt`. */
export function talkCopyOf(shown: Shown, slugs: readonly string[], savedAt: number): TalkCopy {
	const pacedFrom = slugs[shown.pacedFrom];
	return {
		slide: slugs[shown.slide] ?? '',
		slideNumber: shown.slide + 1,
		step: shown.step,
		page: shown.page,
		atEnd: shown.atEnd,
		timer: shown.timer,
		slideStartedMs: shown.slideStartedMs,
		pacedFrom: pacedFrom ?? null,
		pacedFromNumber: shown.pacedFrom + 1,
		savedAt,
	};
}

/** Whether two copies say the same about the talk, whenever they were taken: only a change is written. */
export function sameTalk(a: TalkCopy, b: TalkCopy): boolean {
	return a.slide === b.slide && a.slideNumber === b.slideNumber && a.step === b.step && a.page === b.page && a.atEnd === b.atEnd
		&& sameTimer(a.timer, b.timer) && a.slideStartedMs === b.slideStartedMs && a.pacedFrom === b.pacedFrom && a.pacedFromNumber === b.pacedFromNumber;
}

const sameTimer = (a: Timer, b: Timer): boolean => {
	switch (a.state) {
		case 'idle': {
			return b.state === 'idle';
		}

		case 'paused': {
			return b.state === 'paused' && b.banked === a.banked;
		}

		case 'running': {
			return b.state === 'running' && b.since === a.since && b.banked === a.banked;
		}
	}
};

/**
The 0-based slide with this slug nearest to where it was (slugs repeat, and
`''` is every untitled slide, which names nothing), or undefined.
*/
function slideBySlug(slugs: readonly string[], slug: string | null, wasNumber: number): number | undefined {
	if (slug === null || slug === '') {
		return undefined;
	}

	let best: number | undefined;
	for (const [index, each] of slugs.entries()) {
		if (each === slug && (best === undefined || Math.abs(index - (wasNumber - 1)) < Math.abs(best - (wasNumber - 1)))) {
			best = index;
		}
	}

	return best;
}

/** A copy placed on a deck: what the slideshow takes from it. */
export type PlacedTalk = {
	readonly position: Position;
	readonly timer: Timer;
	readonly slideStartedMs: number;
	/** 0-based; the deck's length for the end. */
	readonly pacedFrom: number;
	readonly savedAt: number;
	/** The slide was found by its slug (else by its old number, at its first step). */
	readonly bySlug: boolean;
};

/** Where a copy stands on a deck with these slugs: by slug, else by the number it had, kept inside the deck. */
export function placeTalk(copy: TalkCopy, slugs: readonly string[]): PlacedTalk {
	const last = Math.max(0, slugs.length - 1);
	const found = slideBySlug(slugs, copy.slide, copy.slideNumber);
	const slide = found ?? Math.min(copy.slideNumber - 1, last);
	const position: Position = copy.atEnd
		? {slide: last, step: 0, page: 0, atEnd: true}
		: (found === undefined ? {slide, step: 0, page: 0, atEnd: false} : {slide, step: copy.step, page: copy.page, atEnd: false});
	const pacedFrom = copy.pacedFrom === null
		? slugs.length
		: slideBySlug(slugs, copy.pacedFrom, copy.pacedFromNumber) ?? Math.min(copy.pacedFromNumber - 1, slugs.length);
	return {
		position,
		timer: copy.timer,
		slideStartedMs: copy.slideStartedMs,
		// Pacing never counts from past the slide the talk is on.
		pacedFrom: Math.min(pacedFrom, position.slide + (position.atEnd ? 1 : 0)),
		savedAt: copy.savedAt,
		bySlug: found !== undefined,
	};
}

/**
Whether a kept talk is worth picking up at `now`: it ended without a quit,
not on the end screen (that talk was over), somewhere past its opening, and
not so long ago that the room has gone home.
*/
export function worthPickingUp(talk: TalkCopy & {readonly ended?: boolean}, now: number): boolean {
	if (talk.ended === true || talk.atEnd) {
		return false;
	}

	const begun = talk.timer.state !== 'idle' || talk.slideNumber > 1 || talk.step > 0;
	return begun && now - talk.savedAt <= maxDownMs;
}
