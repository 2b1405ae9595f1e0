/**
What a screen may show of the room's state, for whom. The room sees nothing
of the answer until it is revealed; the presenter sees it all along. Screens
are drawn from this view alone, never from the question itself, so a room
screen cannot show a right answer early by mistake: before the reveal its
view simply does not hold one.
*/
import type {Block, QuestionKind, Span} from '../deck/types.js';
import {acceptsCounts} from './room-counts.js';
import {currentRoomQuestion, type RoomQuestion, type RoomState} from './room-model.js';
import type {CountFieldKind} from './fields.js';
import {tally, type Tally} from './tally.js';
import {questionCounts} from './record.js';

export type Audience = 'room' | 'presenter';

export type OptionView = {
	/** `A`, `B` …: what the room calls it. */
	readonly label: string;
	readonly text: string;
	readonly spans: readonly Span[];
	/** Only where the answer may be seen. */
	readonly right?: boolean;
};

export type FieldView = {
	readonly kind: CountFieldKind;
	readonly label: string;
	/** The option's text, or what the field counts (`Knew it`, `People voting`). */
	readonly name: string;
	readonly count?: number;
	/** A count was given, but the room may not see it yet (see `RoomState.countsShown`). */
	readonly hidden?: true;
	/** Digits being typed into this field, while they are; a dot for each where the count is hidden. */
	readonly typing?: string;
	/** Only where the answer may be seen: the field counts a right answer. */
	readonly right?: boolean;
};

export type AnswerView = {
	/** Labels of the right options; empty for a card. */
	readonly right: readonly string[];
	/** A card's answer, or why the right options are right. */
	readonly explanation: readonly Block[];
	readonly slide?: number;
};

export type QuestionView = {
	readonly id: string;
	/** 1-based place in the order asked. */
	readonly number: number;
	readonly total: number;
	readonly kind: QuestionKind;
	readonly prompt: string;
	readonly options: readonly OptionView[];
	readonly fields: readonly FieldView[];
	/** Counts can be typed now. */
	readonly counting: boolean;
	readonly revealed: boolean;
	/** After the reveal; for the presenter, always. */
	readonly answer?: AnswerView;
	/**
	The show of hands, by field (the head count left out), once any count was
	given; the room sees it only after the reveal, the presenter always.
	*/
	readonly chart?: {readonly rows: readonly FieldView[]; readonly tally: Tally};
};

/** The question on screen as `audience` may see it; `undefined` when none is. */
export function questionView(state: RoomState, audience: Audience): QuestionView | undefined {
	const question = currentRoomQuestion(state);
	return question ? viewOf(question, state, audience) : undefined;
}

function viewOf(room: RoomQuestion, state: RoomState, audience: Audience): QuestionView {
	const {presented, fields, counts, revealed} = room;
	const {question, order} = presented;
	const seesAnswer = revealed || audience === 'presenter';
	// Counts before the reveal are the presenter's, unless the presenter chose to show them.
	const seesCounts = seesAnswer || state.countsShown === true;
	const rightAt = (original: number | undefined): boolean => original !== undefined && question.correct.includes(original);
	const options = order.flatMap((original, position): OptionView[] => {
		const option = question.options[original];
		const label = fields[position]?.label ?? '';
		return option ? [{label, text: option.text, spans: option.spans, ...(seesAnswer ? {right: rightAt(original)} : {})}] : [];
	});
	const fieldViews = fields.map((field, index): FieldView => {
		// Hands and the phones' votes, added.
		const hands = counts[index];
		const votes = room.votes?.[index];
		const given = hands === undefined && !votes ? undefined : (hands ?? 0) + (votes ?? 0);
		const count = seesCounts ? given : undefined;
		const typed = state.entry?.field === index ? state.entry.digits : undefined;
		const typing = typed === undefined || seesCounts ? typed : '•'.repeat(typed.length);
		const right = field.kind === 'knew' || (field.kind === 'option' && rightAt(order[field.position ?? -1]));
		return {
			kind: field.kind,
			label: field.label,
			name: field.name ?? options[field.position ?? -1]?.text ?? '',
			...(count === undefined ? {} : {count}),
			...(given !== undefined && count === undefined ? {hidden: true as const} : {}),
			...(typing === undefined ? {} : {typing}),
			...(seesAnswer && field.kind !== 'people' ? {right} : {}),
		};
	});
	const counted = tally(questionCounts(room, 'shown'));
	return {
		id: question.id,
		number: state.index + 1,
		total: state.questions.length,
		kind: question.kind,
		prompt: question.prompt,
		options,
		fields: fieldViews,
		counting: acceptsCounts(room) && state.viewing === undefined,
		revealed,
		...(seesAnswer ? {answer: {right: options.filter(option => option.right).map(option => option.label), explanation: question.explanation, ...(question.slide === undefined ? {} : {slide: question.slide})}} : {}),
		...(seesAnswer && counted ? {chart: {rows: fieldViews.filter(field => field.kind !== 'people'), tally: counted}} : {}),
	};
}
