/**
The quiz for a room, once the terminal is taken: `quiz --room` runs it, and
so does a presented slideshow when its end screen hands over to the room.
Nothing personal is recorded; with `--save-room` the room's counts are kept
as a room record once the presenter finishes, and when that fails they are
printed as JSON instead, so no count is lost.
*/
import {resolveDeckPath} from '../../io/deck/bundled.js';
import type {Deck} from '../../core/deck/types.js';
import {hasCounts, roomRecord} from '../../core/room/record.js';
import {startRoom} from '../../core/room/room-state.js';
import {randomSeed} from '../../core/quiz/shuffle.js';
import {sanitize} from '../../core/text/sanitize.js';
import type {RoomOptions} from './command.js';
import {keptApart} from './deck-identity.js';
import {openStore, type OpenedStore} from './open-store.js';
import type {ServedRoom} from './serve-room.js';
import type {ScreenStreams, Streams} from './streams.js';

/** What the room quiz takes from the command line that started it. */
export type RoomQuizOptions = {
	/** The deck as named on the command line: its channel is the deck file's. */
	readonly deck?: string;
	readonly seed?: number;
	readonly shuffle: boolean;
	readonly json: boolean;
	readonly room: RoomOptions;
	readonly store?: string;
	readonly theme: 'dark' | 'light';
	readonly color: boolean;
	readonly screenReader: boolean;
};

/**
The room quiz on a deck with a quiz, drawn on `screen` (standard input and
output unless they are not the terminal); returns the exit code. With
`--json`, standard output holds the room's counts and nothing else.
*/
export async function runRoomQuiz(opening: Deck, command: RoomQuizOptions, streams: Streams, screen: ScreenStreams = streams): Promise<number> {
	const {stdout, stderr} = streams;
	const {quiz} = opening;
	if (!quiz) {
		return 1;
	}

	// The store is opened only to keep the room's counts.
	const opened: OpenedStore = command.room.save ? await openStore(command.store, streams.env) : {};
	// Kept under the id the store keeps this file's history under; said after, off the shared screen.
	const kept = opened.store ? keptApart(opening, command.deck, opened.store.dir) : undefined;
	const deck = kept?.deck ?? opening;
	const unkept = command.room.save && opened.error ? `The room's counts will not be kept: ${opened.error}` : undefined;
	// Shown as the quiz opens, on the room's screen only while no console follows (a console says them), and on the terminal after it.
	const notices = [
		...(unkept === undefined ? [] : [unkept]),
		...(opened.store?.warnings ?? []).map(warning => warning.message),
	];
	// With --serve the seed is chosen here: the server must know the room's first state, options in the order the room sees them.
	const seed = command.seed ?? (command.room.serve ? randomSeed() : undefined);
	let phones: ServedRoom | undefined;
	if (command.room.serve) {
		const {serveRoom} = await import('./serve-room.js');
		const served = await serveRoom({...deck, quiz}, command.room.serve, startRoom(quiz.questions, {seed: seed!, shuffle: command.shuffle, ...(command.room.countdownMs === undefined ? {} : {countdownMs: command.room.countdownMs})}));
		if (typeof served === 'string') {
			stderr.write(`briefing-deck: cannot serve the room quiz to phones: ${sanitize(served)}\n`);
			return 1;
		}

		phones = served;
	}

	const {runRoom} = await import('./mount-room.js');
	const {openRoomChannel} = await import('./presenting.js');
	const shared = await openRoomChannel({...deck, quiz}, resolveDeckPath(command.deck), streams.env, notices).catch(async (error: unknown) => {
		await phones?.close();
		throw error;
	});
	const consoles = shared.channel ? {remote: shared.channel.remote, onRoomState: shared.channel.onRoomState, consoles: shared.channel.consoles} : {};
	const result = await runRoom(deck, {
		...(seed === undefined ? {} : {seed}),
		shuffle: command.shuffle,
		...(command.room.countdownMs === undefined ? {} : {countdownMs: command.room.countdownMs}),
		saveRoom: command.room.save,
		notices,
		theme: command.theme,
		color: command.color,
		screenReader: command.screenReader,
		stdin: screen.stdin,
		stdout: screen.stdout,
		...(phones ? phones.joinedTo(consoles) : consoles),
	}).finally(async () => {
		shared.channel?.close();
		// The server stops with the room quiz, however it ended.
		await phones?.close();
	});
	if (shared.problem) {
		stderr.write(`briefing-deck: presenter consoles could not follow this room quiz: ${shared.problem}\n`);
	}

	for (const warning of [...(opened.store?.warnings ?? []).map(warning => warning.message), ...(kept?.warnings ?? []), ...(kept?.notice === undefined ? [] : [kept.notice])]) {
		stderr.write(`briefing-deck: ${sanitize(warning)}\n`);
	}

	// Left with Ctrl+C, as the personal quiz's: 130, once the counts are kept.
	const done = result?.room.exit === 'interrupted' ? 130 : 0;
	const record = result && roomRecord(result.room, {deckId: deck.meta.id, quizHash: quiz.hash});
	// With counts to keep, the store's problem is said below, with the counts; without, it is said here, once.
	if (unkept !== undefined && !(record && hasCounts(record))) {
		stderr.write(`briefing-deck: ${sanitize(unkept)}\n`);
	}

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
			// With --json, on standard error: standard output is the JSON a script reads.
			(command.json ? stderr : stdout).write(`Kept the room's counts: ${sanitize(file)}\n`);
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
