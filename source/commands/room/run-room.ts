import {resolveDeckPath} from '../../io/deck/bundled.js';
import type {Deck} from '../../core/deck/types.js';
import {hasCounts, roomRecord} from '../../core/room/record.js';
import {sanitize} from '../../core/text/sanitize.js';
import type {Command, RoomOptions} from '../shared/command.js';
import {openDeckQuiz} from '../shared/deck-quiz.js';
import {openStore, type OpenedStore} from '../shared/open-store.js';
import type {Streams} from '../shared/streams.js';

type RoomCommand = Extract<Command, {kind: 'quiz'}> & {readonly room: RoomOptions};

/**
`briefing-deck quiz --room`: the quiz for a room. Nothing personal is
recorded; with `--save-room` the room's counts are kept as a room record once
the presenter finishes, and when that fails they are printed as JSON instead,
so no count is lost.
*/
export async function runRoomCommand(command: RoomCommand, streams: Streams): Promise<number> {
	const opened = openDeckQuiz(command, streams);
	if (typeof opened === 'number') {
		return opened;
	}

	return runRoomQuiz(opened.deck, {...command, color: opened.color}, streams);
}

/** The room quiz on a deck with a quiz, once the terminal is taken. */
async function runRoomQuiz(deck: Deck, command: RoomCommand, streams: Streams): Promise<number> {
	const {stdout, stderr} = streams;
	const {quiz} = deck;
	if (!quiz) {
		return 1;
	}

	// The store is opened only to keep the room's counts.
	const opened: OpenedStore = command.room.save ? await openStore(command.store, streams.env) : {};
	const notices = [
		...(command.room.save && opened.error ? [`The room's counts will not be kept: ${opened.error}`] : []),
		...(opened.store?.warnings ?? []).map(warning => warning.message),
	];
	const {runRoom} = await import('./mount-room.js');
	const {openRoomChannel} = await import('../shared/presenting.js');
	const shared = await openRoomChannel({...deck, quiz}, resolveDeckPath(command.deck), streams.env);
	const result = await runRoom(deck, {
		...(command.seed === undefined ? {} : {seed: command.seed}),
		shuffle: command.shuffle,
		...(command.room.countdownMs === undefined ? {} : {countdownMs: command.room.countdownMs}),
		saveRoom: command.room.save,
		notices,
		theme: command.theme,
		color: command.color,
		screenReader: command.screenReader,
		...(shared.channel ? {remote: shared.channel.remote, onRoomState: shared.channel.onRoomState, consoles: shared.channel.consoles} : {}),
	}).finally(() => shared.channel?.close());
	if (shared.problem) {
		stderr.write(`briefing-deck: presenter consoles could not follow this room quiz: ${shared.problem}\n`);
	}

	for (const warning of opened.store?.warnings ?? []) {
		stderr.write(`briefing-deck: ${sanitize(warning.message)}\n`);
	}

	// Left with Ctrl+C, as the personal quiz's: 130, once the counts are kept.
	const done = result?.room.exit === 'interrupted' ? 130 : 0;
	const record = result && roomRecord(result.room, {deckId: deck.meta.id, quizHash: quiz.hash});
	if (!record) {
		return done;
	}

	const asJson = `${JSON.stringify(record, undefined, 2)}\n`;
	if (command.json) {
		stdout.write(asJson);
	}

	if (!command.room.save) {
		// Said here, not on the room's screen: flags are the presenter's business.
		if (hasCounts(record)) {
			stderr.write('briefing-deck: the room\'s counts were not kept\n  hint: --save-room keeps them\n');
		}

		return done;
	}

	if (!hasCounts(record)) {
		stderr.write('briefing-deck: no hands were counted, so there is no room record to keep\n');
		return done;
	}

	let problem: string;
	if (opened.store) {
		try {
			const {file} = opened.store.recordRoom(record);
			stdout.write(`Kept the room's counts: ${sanitize(file)}\n`);
			// Read back, the deck's room records are checked: a damaged one is moved aside and reported, as a command that writes does.
			for (const warning of opened.store.rooms(deck.meta.id).warnings) {
				stderr.write(`briefing-deck: ${sanitize(warning.message)}\n`);
			}

			return done;
		} catch (error) {
			problem = error instanceof Error ? error.message : String(error);
		}
	} else {
		problem = opened.error ?? 'cannot open the score store';
	}

	if (!command.json) {
		stdout.write(asJson);
	}

	stderr.write(`briefing-deck: ${sanitize(problem)}\n  hint: the room's counts above were not saved; choose a writable store with --store DIR\n`);
	return 1;
}
