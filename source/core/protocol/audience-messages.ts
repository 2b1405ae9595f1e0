/**
What a phone in the room is told, as a function of the room's state: the
phase, the question on screen as the room sees it, and only after the reveal
its answer, explanation and option feedback. The phone is an audience member
like any other: before the reveal the bytes it receives hold nothing a
curious person could read the answer from (no `correct`, no explanation, no
feedback; a card's answer is its explanation, so that waits too).

Deck text travels as JSON strings, already sanitized when the deck was read;
the page sets it with `textContent`, so markup in a deck stays text.

Over the phone's WebSocket the server sends views (each has a `phase`) and
replies to answers (each has `reply`); the phone sends answers only, read
here by `readPhoneAnswer`, which takes nothing it does not expect.
*/
import {blocksToPlainText, spansToPlainText} from '../layout/plain-text.js';
import type {QuestionKind} from '../deck/types.js';
import type {AudienceRefusal} from '../room/audience.js';
import {currentRoomQuestion, type RoomQuestion, type RoomState} from '../room/room-model.js';
import {optionLetter} from '../text/option-letter.js';
import {toSafeJson} from '../text/sanitize.js';
import {isCount, isRecord} from './wire-values.js';

export type AudienceOption = {
	/** `A`, `B` …, as the room screen calls it. */
	readonly letter: string;
	readonly text: string;
};

export type AudienceQuestion = {
	readonly id: string;
	/** 1-based, of `total`. */
	readonly number: number;
	readonly total: number;
	readonly kind: QuestionKind;
	readonly prompt: string;
	/** In the order shown on the room screen; empty for a card. */
	readonly options: readonly AudienceOption[];
};

export type AudienceAnswer = {
	/** Displayed positions of the right options; empty for a card. */
	readonly correct: readonly number[];
	/** The explanation (for a card, its answer) as plain text. */
	readonly explanation: string;
	/** Each displayed option's own feedback, `''` where it has none. */
	readonly feedback: readonly string[];
};

export type AudienceView =
	| {readonly phase: 'intro'; readonly title: string; readonly questionCount: number}
	| {readonly phase: 'question'; readonly title: string; readonly question: AudienceQuestion}
	| {readonly phase: 'revealed'; readonly title: string; readonly question: AudienceQuestion; readonly answer: AudienceAnswer}
	| {
		readonly phase: 'summary';
		readonly title: string;
		readonly questionCount: number;
		/** Questions the room has seen answered (revealed), by id: a phone scores itself on these, the cards apart. */
		readonly scored: readonly string[];
		readonly cards: readonly string[];
	};

function questionOf(room: RoomQuestion, index: number, total: number): AudienceQuestion {
	const {question, order} = room.presented;
	return {
		id: question.id,
		number: index + 1,
		total,
		kind: question.kind,
		prompt: question.prompt,
		options: order.map((original, position) => ({letter: optionLetter(position), text: spansToPlainText(question.options[original]?.spans ?? [])})),
	};
}

function answerOf(room: RoomQuestion): AudienceAnswer {
	const {question, order} = room.presented;
	return {
		correct: order.flatMap((original, position) => (question.correct.includes(original) ? [position] : [])),
		explanation: blocksToPlainText(question.explanation),
		feedback: order.map(original => blocksToPlainText(question.options[original]?.feedback ?? [])),
	};
}

/** What every phone sees now. `title` is the quiz's (or the deck's) title. */
export function audienceView(room: RoomState, title: string): AudienceView {
	const total = room.questions.length;
	const question = currentRoomQuestion(room);
	if (room.phase === 'summary') {
		const revealed = room.questions.filter(each => each.revealed).map(each => each.presented.question);
		return {
			phase: 'summary',
			title,
			questionCount: total,
			scored: revealed.filter(each => each.kind !== 'card').map(each => each.id),
			cards: revealed.filter(each => each.kind === 'card').map(each => each.id),
		};
	}

	if (!question) {
		return {phase: 'intro', title, questionCount: total};
	}

	const shown = questionOf(question, room.index, total);
	return question.revealed ? {phase: 'revealed', title, question: shown, answer: answerOf(question)} : {phase: 'question', title, question: shown};
}

/** The view as the bytes a phone receives: JSON with no raw line separator or control the page could trip on. */
export function audienceMessage(view: AudienceView): string {
	return toSafeJson(view, 0);
}

/** A phone's answer to the question on screen; `id` is the phone's own number for it, so the reply can name it. The device is the connection's. */
export type PhoneAnswer = {readonly id: number; readonly question: string; readonly choice: readonly number[]};

/** Why the server did not take a message, beyond the room's own refusals. */
export type PhoneRefusal = AudienceRefusal | 'malformed' | 'too-fast';

/** The most fields a choice can name: far more than any question's options. */
const MAX_CHOICE = 64;

/** A phone's message as an answer, or `undefined` when it is not one: not JSON, other keys, wrong types, or too long. */
export function readPhoneAnswer(text: string): PhoneAnswer | undefined {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return undefined;
	}

	if (!isRecord(value) || Object.keys(value).some(key => key !== 'id' && key !== 'question' && key !== 'choice')) {
		return undefined;
	}

	const {id, question, choice} = value;
	const valid = isCount(id)
		&& typeof question === 'string' && question.length > 0 && question.length <= 200
		&& Array.isArray(choice) && choice.length <= MAX_CHOICE && choice.every(field => Number.isSafeInteger(field));
	return valid ? {id: id as number, question: question as string, choice: choice as number[]} : undefined;
}

/** The server's reply to an answer: taken, or refused and why. `id` is the answer's, or null when the message could not be read. */
export function phoneReply(id: number | null, refused?: PhoneRefusal): string {
	return JSON.stringify(refused === undefined ? {reply: id, ok: true} : {reply: id, error: refused});
}
