/** How a room did over a whole quiz: its questions worst first, and the slides to go back to. */
import type {RoomRecordQuestion} from '../records/room-record.js';
import {questionCounts} from './record.js';
import type {RoomState} from './room-model.js';
import {tally, type Tally} from './tally.js';

/** Fewer than three in four getting a question right makes it one to go back over. */
const HARD_SHARE = 0.75;

export type QuestionOutcome = {
	readonly questionId: string;
	/** 1-based, in the order asked. */
	readonly number: number;
	/** Absent when no hands were counted and no device answered. */
	readonly tally?: Tally;
	/** The slide behind the question, if it has one. */
	readonly slide?: number;
};

export type SlideToRevisit = {
	readonly slide: number;
	/** Numbers of the hard questions it is behind, worst first. */
	readonly questions: readonly number[];
};

export type RoomSummary = {
	/**
	Worst first, by the share that got it right; ties, and then the questions
	with no share (no counts, no hands, no head count), in the order asked.
	*/
	readonly questions: readonly QuestionOutcome[];
	/** Slides behind the questions under `HARD_SHARE`, worst first, each once. */
	readonly revisit: readonly SlideToRevisit[];
	/** Mean share right over the questions that have one; absent when none has. */
	readonly average?: number;
	/**
	`at-most` when any share in the mean is an upper bound (a choose-all
	question's): a mean of bounds and values is itself only a bound. Present
	with `average`.
	*/
	readonly averageBound?: 'exact' | 'at-most';
	/** How many questions had hands counted or devices' answers. */
	readonly counted: number;
};

export function summarizeRoom(questions: readonly RoomRecordQuestion[], slideOf: (questionId: string) => number | undefined): RoomSummary {
	const outcomes = questions.map((question, index): QuestionOutcome => {
		const counted = tally(question);
		const slide = slideOf(question.questionId);
		return {questionId: question.questionId, number: index + 1, ...(counted ? {tally: counted} : {}), ...(slide === undefined ? {} : {slide})};
	});
	const share = (outcome: QuestionOutcome): number => outcome.tally?.right ?? Number.POSITIVE_INFINITY;
	// Array#sort is stable: ties keep the order asked.
	const ranked = [...outcomes].sort((a, b) => share(a) - share(b) || a.number - b.number);
	// A Map keeps the order slides were first met in: worst first.
	const revisit = new Map<number, number[]>();
	for (const outcome of ranked) {
		if (outcome.slide !== undefined && share(outcome) < HARD_SHARE) {
			revisit.set(outcome.slide, [...(revisit.get(outcome.slide) ?? []), outcome.number]);
		}
	}

	const withShare = outcomes.flatMap(outcome => (outcome.tally?.right === undefined ? [] : [outcome.tally]));
	const shares = withShare.map(counted => counted.right ?? 0);
	const averageBound = withShare.some(counted => counted.bound === 'at-most') ? 'at-most' : 'exact';
	return {
		questions: ranked,
		revisit: [...revisit].map(([slide, numbers]) => ({slide, questions: numbers})),
		...(shares.length === 0 ? {} : {average: shares.reduce((sum, value) => sum + value, 0) / shares.length, averageBound}),
		counted: outcomes.filter(outcome => outcome.tally !== undefined).length,
	};
}

/** How the room did so far: the questions shown, as the record would keep them. */
export function summarizeRoomState(state: RoomState): RoomSummary {
	const shown = state.questions.filter(question => question.shownAt !== undefined);
	const slides = new Map(shown.map(({presented: {question}}) => [question.id, question.slide]));
	return summarizeRoom(shown.map(question => ({questionId: question.presented.question.id, ...questionCounts(question)})), id => slides.get(id));
}
