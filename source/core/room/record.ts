/** A room's counts as they are kept: per question, in the deck's own option order. */
import {type QuestionCounts, type RoomRecord, type RoomRecordQuestion, roomRecordSchema, roomRecordVersion} from '../records/room-record.js';
import type {RoomQuestion, RoomState} from './room-model.js';

/**
A question's counts, in the order the options were `shown` (for the screen)
or in the deck's `original` order (for the record). Once any hands are
counted, an option left empty had none; with none counted, `counts` is `null`.
The devices' answers come apart from the hands, in the same order, once any
device answered.
*/
export function questionCounts(room: RoomQuestion, order: 'shown' | 'original' = 'original'): QuestionCounts {
	const {presented: {question, order: shown}, fields, counts, votes} = room;
	// A head count alone is not a show of hands.
	const given = fields.some((field, index) => field.kind !== 'people' && counts[index] !== undefined);
	const peopleField = fields.findIndex(field => field.kind === 'people');
	const voted = votes !== undefined && votes.some(count => count > 0);
	if (question.kind === 'card') {
		return {kind: 'card', correct: [0], counts: given ? [counts[0] ?? 0, counts[1] ?? 0] : null, ...(voted ? {votes: [votes[0] ?? 0, votes[1] ?? 0]} : {})};
	}

	const people = counts[peopleField];
	const voters = voted ? votes[peopleField] : undefined;
	const base = {kind: question.kind, ...(people === undefined ? {} : {people}), ...(voters === undefined ? {} : {voters})};
	// By shown position: the option shown there, from the hands or the devices.
	const inOrder = (values: ReadonlyArray<number | undefined>): number[] =>
		order === 'shown' ? shown.map((_, position) => values[position] ?? 0) : question.options.map((_, original) => values[shown.indexOf(original)] ?? 0);
	return {
		...base,
		correct: order === 'shown' ? shown.flatMap((original, position) => (question.correct.includes(original) ? [position] : [])) : question.correct,
		counts: given ? inOrder(counts) : null,
		...(voted ? {votes: inOrder(votes)} : {}),
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

/** Whether the room gave any count at all, by hand or by device: a record without one is not worth keeping. */
export const hasCounts = (record: Pick<RoomRecord, 'questions'>): boolean =>
	record.questions.some(question => question.counts !== null || question.votes !== undefined);
