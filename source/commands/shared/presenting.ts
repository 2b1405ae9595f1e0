/**
What `play`, `quiz --room` and `presenter` share about presenting: the
budgets to pace against, the channel a slideshow or a room quiz opens for
consoles, and keeping a rehearsal.
*/
import fs from 'node:fs';
import os from 'node:os';
import process from 'node:process';
import {formatRehearsalReport} from './rehearsal-text.js';
import type {Deck, Quiz} from '../../core/deck/types.js';
import {type Budgets, hasRehearsedTime, planBudgets} from '../../core/talk/budgets.js';
import {createChannelLog, type Log} from '../../io/channel/channel-log.js';
import {type Channel, deckChannel} from '../../io/channel/channel-path.js';
import {deckFingerprint, deckInfo} from '../../core/protocol/deck-info.js';
import {createLatest, createListeners, type Subscribe} from '../../core/protocol/listeners.js';
import {ChannelError, ChannelTakenError} from '../../io/channel/private-directory.js';
import type {ConsoleMessage, ShowState} from '../../core/protocol/protocol.js';
import type {RoomRemote} from '../../core/protocol/room-messages.js';
import {roomSnapshot} from '../../core/protocol/room-snapshot.js';
import {latestRehearsedSeconds, type RehearsalLog, rehearsalRecord} from '../../core/talk/rehearsal.js';
import {type PresenterServer, startPresenterServer} from '../../io/channel/server.js';
import type {RoomState} from '../../core/room/room-model.js';
import type {TalkCopy} from '../../core/records/talk-record.js';
import type {ScoreStore} from '../../io/store/score-store.js';
import {plural} from '../../core/text/format.js';
import {sanitize} from '../../core/text/sanitize.js';
import {deckWords} from '../../core/text/shell-word.js';
import {type CommandSource, createCommandSource} from '../../core/show/show-state.js';
import type {DeckFeed} from '../../io/watch/deck-feed.js';
import type {Streams} from './streams.js';

type Plan = {
	readonly budgets: Budgets;
	/** What reading past rehearsals met (a damaged file moved aside), for the caller to say once the screen is free. */
	readonly warnings: readonly string[];
	/** `--pace-from-rehearsal` was asked for and no rehearsal gives a time for any slide: what the pacing uses instead. */
	readonly unpaced?: string;
};

/**
Seconds per slide: `time` directives, `duration`, and for each slide the
latest rehearsal that reached it (see `planBudgets`).
*/
export function planFor(deck: Deck, store: ScoreStore | undefined, paceFromRehearsal: boolean): Plan {
	const history = store?.rehearsals(deck.meta.id);
	const rehearsed = history && latestRehearsedSeconds(history.rehearsals, deck.slides);
	const budgets = planBudgets({
		slides: deck.slides,
		...(deck.meta.duration === undefined ? {} : {durationSeconds: deck.meta.duration * 60}),
		...(rehearsed ? {rehearsed} : {}),
		preferRehearsal: paceFromRehearsal,
	});
	return {
		budgets,
		warnings: history?.warnings.map(warning => warning.message) ?? [],
		...(paceFromRehearsal && !hasRehearsedTime(rehearsed) ? {unpaced: unpacedText(deck, store !== undefined, history?.rehearsals.length ?? 0, budgets)} : {}),
	};
}

/** What `--pace-from-rehearsal` found nothing to pace from says: why, and what the pacing uses instead. */
function unpacedText(deck: Deck, storeOpen: boolean, runs: number, budgets: Budgets): string {
	const why = storeOpen
		? (runs === 0 ? 'no rehearsal of this deck yet' : 'no rehearsal reached a slide of this deck as it is now')
		: 'the score store, which keeps rehearsals, could not be opened';
	const instead = budgets.length > 0 && budgets.every(seconds => seconds !== undefined)
		? (deck.meta.duration === undefined ? 'pacing against the slides\' `time`' : 'pacing against `duration`')
		: 'no pacing';
	return `--pace-from-rehearsal: ${why}; ${instead}`;
}

/** Says what the store met, after the full-screen app has given the terminal back. */
export function reportWarnings(warnings: readonly string[], stderr: NodeJS.WriteStream): void {
	for (const warning of warnings) {
		stderr.write(`briefing-deck: ${sanitize(warning)}\n`);
	}
}

/** The deck file's real path and its channel; throws `ChannelError` where there can be none. */
export function channelFor(deckPath: string, env: Readonly<Record<string, string | undefined>>): {realPath: string; channel: Channel; uid: number} {
	const uid = process.getuid?.();
	if (uid === undefined) {
		throw new ChannelError('presenter consoles need a system with user ids and Unix domain sockets');
	}

	const realPath = fs.realpathSync(deckPath);
	return {realPath, channel: deckChannel(realPath, {env, uid, tmpdir: os.tmpdir()}), uid};
}

type ShowChannel = {
	readonly remote: CommandSource;
	/** Copies of the talk that consoles offer (the last one, until the slideshow listens). */
	readonly talks: Subscribe<TalkCopy>;
	readonly onShowState: (state: ShowState) => void;
	readonly close: () => void;
};

/** `taken`: another slideshow or room quiz of the deck holds the channel (see `channelNotice`). */
type Opened<T> = {channel?: T; problem?: string; taken?: true};

/**
Opens a shared screen's end of the channel; the screen goes on without it,
and says why afterwards. `who` names it in the log; `onMessage` is told what
consoles send and what to log when it is not for this screen.
*/
async function openChannel<T>(
	deckPath: string,
	env: Streams['env'],
	who: string,
	make: (server: PresenterServer, realPath: string) => T,
	onMessage: (message: ConsoleMessage, log: Log) => void,
	onConsoleCount?: (count: number) => void,
): Promise<Opened<T>> {
	try {
		const {realPath, channel, uid} = channelFor(deckPath, env);
		const log = createChannelLog(channel.log, who);
		const server = await startPresenterServer({channel, uid, onMessage: message => {
			onMessage(message, log);
		}, ...(onConsoleCount ? {onConsoleCount} : {}), log});
		return {channel: make(server, realPath)};
	} catch (error) {
		return {
			problem: error instanceof ChannelError ? error.message : `cannot open the presenter channel: ${(error as Error).message}`,
			...(error instanceof ChannelTakenError ? {taken: true as const} : {}),
		};
	}
}

/**
What a shared screen that opened without its channel says on its status line
as it opens, so the presenter knows before the talk, not after it; the whole
reason is said again on the terminal after quitting.
*/
export function channelNotice(opened: Opened<unknown>): string | undefined {
	if (opened.problem === undefined) {
		return undefined;
	}

	return opened.taken ? 'Another slideshow or room quiz of this deck is running: consoles follow that one' : 'Presenter consoles cannot follow this show: the reason is said when you quit';
}

/** A deck read again as it is saved (`--watch`), and the budgets for each version of it. */
type LiveShow = {
	readonly feed: DeckFeed;
	readonly budgetsFor: (deck: Deck) => Budgets;
};

/** Opens the slideshow's end of the channel; with `live`, consoles hear of each new version of the deck. */
export async function openShowChannel(deck: Deck, deckPath: string, budgets: Budgets, env: Streams['env'], live?: LiveShow): Promise<Opened<ShowChannel>> {
	const remote = createCommandSource();
	const talks = heldUntilHeard<TalkCopy>();
	return openChannel(deckPath, env, 'slideshow', (server, realPath) => {
		server.publish({v: 1, type: 'hello', deck: deckInfo(deck, realPath, budgets)});
		live?.feed.subscribe(() => {
			const shown = live.feed.current().deck;
			server.publish({v: 1, type: 'hello', deck: deckInfo(shown, realPath, live.budgetsFor(shown))});
		});
		return {
			remote,
			talks: talks.subscribe,
			onShowState(state) {
				server.publish({v: 1, type: 'state', state});
			},
			close: server.close,
		};
	}, (message, log) => {
		switch (message.type) {
			case 'command': {
				remote.push(message.command, message.count);
				break;
			}

			case 'talk': {
				talks.emit(message.talk);
				break;
			}

			default: {
				log('ignored a room-command: this is a slideshow, not a room quiz');
			}
		}
	}, remote.setConsoles);
}

/** Listeners that are handed the last value sent before any listened: a console may offer its copy before the show is drawn. */
function heldUntilHeard<T>(): {readonly subscribe: Subscribe<T>; readonly emit: (value: T) => void} {
	const listeners = createListeners<T>();
	let listening = 0;
	let held: {value: T} | undefined;
	return {
		subscribe(listener) {
			listening++;
			const unsubscribe = listeners.subscribe(listener);
			if (held) {
				const {value} = held;
				held = undefined;
				listener(value);
			}

			return () => {
				listening--;
				unsubscribe();
			};
		},
		emit(value) {
			if (listening === 0) {
				held = {value};
			} else {
				listeners.emit(value);
			}
		},
	};
}

type RoomChannel = {
	readonly remote: Subscribe<RoomRemote>;
	readonly onRoomState: (state: RoomState) => void;
	/** How many consoles follow, now and whenever it changes: the room screen keeps its key hints off while any does. */
	readonly consoles: Subscribe<number>;
	readonly close: () => void;
};

/** Opens a room quiz's end of the channel: consoles see each question with its answer, and drive the quiz. */
export async function openRoomChannel(deck: Deck & {readonly quiz: Quiz}, deckPath: string, env: Streams['env'], notices: readonly string[] = []): Promise<Opened<RoomChannel>> {
	const remote = createListeners<RoomRemote>();
	// Consoles can attach before the room screen listens: a new listener hears the count now.
	const consoles = createLatest(0);
	return openChannel(deckPath, env, 'room quiz', (server, realPath) => {
		// The store's notices go to the consoles as well as to the terminal after: the room's screen keeps them off while one follows.
		const said = notices.map(notice => sanitize(notice));
		server.publish({v: 1, type: 'room-hello', deck: {path: realPath, fingerprint: deckFingerprint(deck), quizHash: deck.quiz.hash, ...(said.length === 0 ? {} : {notices: said})}});
		return {
			remote: remote.subscribe,
			consoles: consoles.subscribe,
			onRoomState(state) {
				server.publish({v: 1, type: 'room-state', room: roomSnapshot(state)});
			},
			close: server.close,
		};
	}, (message, log) => {
		if (message.type === 'room-command') {
			remote.emit(message.command);
		} else {
			log(`ignored a console's ${message.type === 'talk' ? 'talk' : message.command}: this is a room quiz, whose console sends room commands`);
		}
	}, consoles.set);
}

/**
After a `--rehearse` run: the table on standard output, and the run kept in
the store. `deckArgument` is the deck as the command line named it, for the
hints. Returns the exit code.
*/
export function keepRehearsal(deck: Deck, deckArgument: string | undefined, log: RehearsalLog, budgets: Budgets, store: ScoreStore | undefined, streams: Streams, endedAt = Date.now()): number {
	const record = rehearsalRecord(log, {deckId: deck.meta.id, slides: deck.slides, budgets, endedAt});
	streams.stdout.write(formatRehearsalReport(deck, record, streams.stdout.columns || 80));
	if (!store) {
		streams.stderr.write('briefing-deck: the score store could not be opened, so this rehearsal was not kept\n');
		return 1;
	}

	try {
		store.recordRehearsal(record);
	} catch (error) {
		streams.stdout.write(JSON.stringify(record, undefined, 2) + '\n');
		streams.stderr.write(`briefing-deck: ${(error as Error).message}\n  hint: the rehearsal above was not kept; choose a writable store with --store DIR\n`);
		return 1;
	}

	const kept = store.rehearsals(deck.meta.id);
	reportWarnings(kept.warnings.map(warning => warning.message), streams.stderr);
	const earlier = kept.rehearsals.length - 1;
	const named = deckWords(deckArgument);
	const list = `\`briefing-deck rehearsals${named}\``;
	// A deck without `duration` is paced from its rehearsals already; one with it, only when asked.
	const pace = deck.meta.duration === undefined ? 'the next talk paces against it' : `\`briefing-deck${named} --pace-from-rehearsal\` paces against it`;
	streams.stdout.write(sanitize(earlier > 0
		? `\nKept with ${plural(earlier, 'earlier rehearsal')}: ${list} sets them side by side; ${pace}.\n`
		: `\nKept: ${list} lists it; ${pace}.\n`));
	return 0;
}
