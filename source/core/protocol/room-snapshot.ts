/**
A room quiz's state to and from what the channel carries. Going out, the
questions are reduced to their ids and option order: no answer leaves the
room screen's process. Coming in, a console puts them back together from its
own copy of the deck; when a question or its options do not match, it has
another version of the quiz and gets nothing to show rather than a wrong answer.
*/
import type {Question} from '../deck/types.js';
import {countFields} from '../room/fields.js';
import type {RoomQuestion, RoomState} from '../room/room-model.js';
import type {RoomSnapshot, RoomSnapshotQuestion} from './room-messages.js';

export function roomSnapshot(state: RoomState): RoomSnapshot {
	const {phase, index, entry, viewing, countdownMs, countsShown, audience, startedAt, endedAt} = state;
	return {
		phase,
		index,
		questions: state.questions.map(({presented, counts, votes, revealed, shownAt}): RoomSnapshotQuestion => ({
			id: presented.question.id,
			order: presented.order,
			counts: counts.map(count => count ?? null),
			revealed,
			...(shownAt === undefined ? {} : {shownAt}),
			...(votes === undefined ? {} : {votes: [...votes]}),
		})),
		...(entry === undefined ? {} : {entry: {field: entry.field, digits: entry.digits}}),
		...(viewing === undefined ? {} : {viewing}),
		...(countdownMs === undefined ? {} : {countdownMs}),
		...(countsShown === undefined ? {} : {countsShown}),
		...(audience === undefined ? {} : {audience: {joined: audience.joined, answered: audience.answered}}),
		...(startedAt === undefined ? {} : {startedAt}),
		...(endedAt === undefined ? {} : {endedAt}),
	};
}

/** Whether `order` shows every option of a question exactly once. */
const isOrderOf = (order: readonly number[], question: Question): boolean =>
	order.length === question.options.length && new Set(order).size === order.length && order.every(index => index < order.length);

function questionFrom(wire: RoomSnapshotQuestion, byId: ReadonlyMap<string, Question>): RoomQuestion | undefined {
	const question = byId.get(wire.id);
	if (!question || !isOrderOf(wire.order, question)) {
		return undefined;
	}

	const presented = {question, order: wire.order};
	const fields = countFields(presented);
	if (wire.counts.length !== fields.length || (wire.votes !== undefined && wire.votes.length !== fields.length)) {
		return undefined;
	}

	return {
		presented,
		fields,
		counts: wire.counts.map(count => count ?? undefined),
		revealed: wire.revealed,
		...(wire.shownAt === undefined ? {} : {shownAt: wire.shownAt}),
		...(wire.votes === undefined ? {} : {votes: wire.votes}),
	};
}

/** The room's state with the questions of this deck; `undefined` when they are not the ones the room asks. */
export function roomFromSnapshot(snapshot: RoomSnapshot, questions: readonly Question[]): RoomState | undefined {
	const byId = new Map(questions.map(question => [question.id, question]));
	const rebuilt = snapshot.questions.map(wire => questionFrom(wire, byId));
	if (rebuilt.some(question => question === undefined)) {
		return undefined;
	}

	const {phase, index, entry, viewing, countdownMs, countsShown, audience, startedAt, endedAt} = snapshot;
	const fields = rebuilt[index]?.fields.length ?? 0;
	return {
		phase,
		index,
		questions: rebuilt as RoomQuestion[],
		...(entry === undefined || entry.field >= fields ? {} : {entry}),
		...(viewing === undefined ? {} : {viewing}),
		...(countdownMs === undefined ? {} : {countdownMs}),
		...(countsShown === undefined ? {} : {countsShown}),
		...(audience === undefined ? {} : {audience}),
		...(startedAt === undefined ? {} : {startedAt}),
		...(endedAt === undefined ? {} : {endedAt}),
	};
}
