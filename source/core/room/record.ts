/** A room's counts as they are kept: per question, in the deck's own option order. */
import {type QuestionCounts, type RoomRecord, type RoomRecordQuestion, roomRecordSchema, roomRecordVersion} from '../records/room-record.js';
import type {RoomQuestion, RoomState} from './room-model.js';

/**
A question's counts, in the order the options were `shown` (for the screen)
or in the deck's `original` order (for the record). Once any hands are
counted, an option left empty had none; with none counted, `counts` is `null`.
*/
export function questionCounts(room: RoomQuestion, order: 'shown' | 'original' = 'original'): QuestionCounts {
	const {presented: {question, order: shown}, fields, votes} = room;
	// The phones' votes count with the hands.
	const counts = room.counts.map((hands, index) => (hands === undefined && !votes?.[index] ? undefined : (hands ?? 0) + (votes?.[index] ?? 0)));
	// A head count alone is not a show of hands.
	const given = fields.some((field, index) => field.kind !== 'people' && counts[index] !== undefined);
	if (question.kind === 'card') {
		return {kind: 'card', correct: [0], counts: given ? [counts[0] ?? 0, counts[1] ?? 0] : null};
	}

	const people = counts[fields.findIndex(field => field.kind === 'people')];
	const base = {kind: question.kind, ...(people === undefined ? {} : {people})};
	if (order === 'shown') {
		return {
			...base,
			correct: shown.flatMap((original, position) => (question.correct.includes(original) ? [position] : [])),
			counts: given ? shown.map((_, position) => counts[position] ?? 0) : null,
		};
	}

	return {
		...base,
		correct: question.correct,
		counts: given ? question.options.map((_, original) => counts[shown.indexOf(original)] ?? 0) : null,
	};
}

export type RecordInput = {
	readonly deckId: string;
	readonly quizHash: string;
};

/** The room record of a run: every question that was shown, in the order asked. `undefined` before it started. */
export function roomRecord(state: RoomState, {deckId, quizHash}: RecordInput): RoomRecord | undefined {
	if (state.startedAt === undefined) {
		return undefined;
	}

	const endedAt = state.endedAt ?? state.startedAt;
	const questions = state.questions
		.filter(question => question.shownAt !== undefined)
		.map((question): RoomRecordQuestion => ({questionId: question.presented.question.id, ...questionCounts(question)}));
	return {
		schema: roomRecordSchema,
		version: roomRecordVersion,
		deckId,
		quizHash,
		startedAt: new Date(state.startedAt).toISOString(),
		endedAt: new Date(endedAt).toISOString(),
		questions,
	};
}

/** Whether the room gave any count at all: a record without one is not worth keeping. */
export const hasCounts = (record: Pick<RoomRecord, 'questions'>): boolean =>
	record.questions.some(question => question.counts !== null);
