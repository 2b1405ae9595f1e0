/**
The room's phones and their answers, as a pure reducer. A phone is a device
token it made itself (random, kept in the page's storage), so one that sleeps
and wakes is the same device; no name, address or time is kept. Each device
has at most one answer per question, which it may change until the reveal
(for a card, its verdict after it), and which counts once however often it is
sent. The tally is in the room's count fields (fields.ts): the room screen
adds it to the hands, shown apart.
*/
import type {CountFieldKind} from './fields.js';
import {currentRoomQuestion, type RoomState} from './room-model.js';

/** A device's answer: the count fields it chose (displayed option positions; a card's verdict field). */
export type AudienceChoice = readonly number[];

export type AudienceState = {
	/** Each question's count fields by kind, by question id: what a choice may name. */
	readonly fields: ReadonlyMap<string, readonly CountFieldKind[]>;
	/** Device token → question id → its choice. A device that joined and has not answered has an empty map. */
	readonly devices: ReadonlyMap<string, ReadonlyMap<string, AudienceChoice>>;
};

export type DeviceCommand =
	| {readonly type: 'join'; readonly device: string}
	| {readonly type: 'answer'; readonly device: string; readonly question: string; readonly choice: AudienceChoice};

/**
Why an answer was not taken, in words the page shows:
- `not-joined`: an answer from a device the room does not know;
- `not-asking`: no question is on screen (before the start, at the summary);
- `other-question`: the answer is for a question not on screen;
- `revealed`: the answer came after the reveal;
- `not-revealed`: a card's verdict came before its answer was shown;
- `invalid`: the choice names no field of the question, or more than it may.
*/
export type AudienceRefusal = 'not-joined' | 'not-asking' | 'other-question' | 'revealed' | 'not-revealed' | 'invalid';

export type AudienceResult = {
	readonly state: AudienceState;
	readonly refused?: AudienceRefusal;
};

export type AudienceTally = {
	readonly joined: number;
	readonly answered: number;
	/** Devices per count field of the question. */
	readonly votes: number[];
};

/** No device yet; `fields` from the room's questions. */
export function startAudience(room: RoomState): AudienceState {
	return {
		fields: new Map(room.questions.map(question => [question.presented.question.id, question.fields.map(field => field.kind)])),
		devices: new Map(),
	};
}

/** Whether `choice` is a valid answer for a question with these fields: distinct fields of the kinds a person picks. */
function validChoice(kinds: readonly CountFieldKind[], choice: AudienceChoice): boolean {
	const picked = new Set(choice);
	if (picked.size !== choice.length || choice.length === 0 || !choice.every(field => Number.isInteger(field) && field >= 0 && field < kinds.length)) {
		return false;
	}

	const chosenKinds = choice.map(field => kinds[field]);
	// The head count of a choose-all question is the tally's to fill, never a choice.
	if (chosenKinds.includes('people')) {
		return false;
	}

	const several = kinds.includes('people');
	return several || choice.length === 1;
}

/**
Applies a device's command, given the room as it is now: an answer is taken
only for the question on screen, before its reveal (a card's verdict only
after it). A refused command leaves the state as it was, and says why.
*/
export function audienceReducer(state: AudienceState, command: DeviceCommand, room: RoomState): AudienceResult {
	if (command.type === 'join') {
		return state.devices.has(command.device) ? {state} : {state: {...state, devices: new Map(state.devices).set(command.device, new Map())}};
	}

	const answers = state.devices.get(command.device);
	if (!answers) {
		return {state, refused: 'not-joined'};
	}

	const question = currentRoomQuestion(room);
	if (!question) {
		return {state, refused: 'not-asking'};
	}

	if (question.presented.question.id !== command.question) {
		return {state, refused: 'other-question'};
	}

	const card = question.presented.question.kind === 'card';
	if (card !== question.revealed) {
		return {state, refused: card ? 'not-revealed' : 'revealed'};
	}

	const kinds = state.fields.get(command.question);
	if (!kinds || !validChoice(kinds, command.choice)) {
		return {state, refused: 'invalid'};
	}

	const sorted = [...command.choice].sort((a, b) => a - b);
	const before = answers.get(command.question);
	if (before && before.length === sorted.length && before.every((field, at) => field === sorted[at])) {
		return {state};
	}

	const devices = new Map(state.devices).set(command.device, new Map(answers).set(command.question, sorted));
	return {state: {...state, devices}};
}

/** The devices' answers to one question, per count field: a choose-all question's head count is the devices that answered. */
export function audienceTally(state: AudienceState, questionId: string): AudienceTally {
	const kinds = state.fields.get(questionId) ?? [];
	const votes = kinds.map(() => 0);
	let answered = 0;
	for (const answers of state.devices.values()) {
		const choice = answers.get(questionId);
		if (!choice) {
			continue;
		}

		answered++;
		for (const field of choice) {
			votes[field]!++;
		}
	}

	const people = kinds.indexOf('people');
	if (people !== -1) {
		votes[people] = answered;
	}

	return {joined: state.devices.size, answered, votes};
}
