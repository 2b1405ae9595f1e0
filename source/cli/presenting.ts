/**
What `play` and `presenter` share about presenting: the budgets to pace
against, the channel a slideshow opens for consoles, and keeping a rehearsal.
*/
import fs from 'node:fs';
import os from 'node:os';
import process from 'node:process';
import {formatRehearsalReport} from '../commands/rehearsals.js';
import type {Deck} from '../deck/types.js';
import {type Budgets, planBudgets} from '../present/budgets.js';
import {createChannelLog} from '../present/channel-log.js';
import {type Channel, deckChannel} from '../present/channel-path.js';
import {deckInfo} from '../present/deck-info.js';
import {ChannelError} from '../present/private-directory.js';
import type {ShowState} from '../present/protocol.js';
import {type RehearsalLog, rehearsalRecord, rehearsedSeconds} from '../present/rehearsal.js';
import {startPresenterServer} from '../present/server.js';
import type {ScoreStore} from '../store/score-store.js';
import {plural} from '../text/format.js';
import {sanitize} from '../text/sanitize.js';
import {type CommandSource, createCommandSource} from '../ui/slideshow/show-state.js';
import type {Streams} from './run-command.js';

export type Plan = {
	readonly budgets: Budgets;
	/** What reading past rehearsals met (a damaged file moved aside), for the caller to say once the screen is free. */
	readonly warnings: readonly string[];
};

/** Seconds per slide: `time` directives, `duration`, or the last rehearsal (see `planBudgets`). */
export function planFor(deck: Deck, store: ScoreStore | undefined, paceFromRehearsal: boolean): Plan {
	const history = store?.rehearsals(deck.meta.id);
	const last = history?.rehearsals.at(-1);
	return {
		budgets: planBudgets({
			slides: deck.slides,
			...(deck.meta.duration === undefined ? {} : {durationSeconds: deck.meta.duration * 60}),
			...(last ? {rehearsed: rehearsedSeconds(last, deck.slides)} : {}),
			preferRehearsal: paceFromRehearsal,
		}),
		warnings: history?.warnings.map(warning => warning.message) ?? [],
	};
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

export type ShowChannel = {
	readonly remote: CommandSource;
	readonly onShowState: (state: ShowState) => void;
	readonly close: () => void;
};

/** Opens the slideshow's end of the channel; a show goes on without it, and says why afterwards. */
export async function openShowChannel(deck: Deck, deckPath: string, budgets: Budgets, env: Streams['env']): Promise<{channel?: ShowChannel; problem?: string}> {
	try {
		const {realPath, channel, uid} = channelFor(deckPath, env);
		const remote = createCommandSource();
		const server = await startPresenterServer({channel, uid, onCommand: remote.push, log: createChannelLog(channel.log, 'slideshow')});
		server.publish({v: 1, type: 'hello', deck: deckInfo(deck, realPath, budgets)});
		return {
			channel: {
				remote,
				onShowState(state) {
					server.publish({v: 1, type: 'state', state});
				},
				close: server.close,
			},
		};
	} catch (error) {
		return {problem: error instanceof ChannelError ? error.message : `cannot open the presenter channel: ${(error as Error).message}`};
	}
}

/** After a `--rehearse` run: the table on standard output, and the run kept in the store. Returns the exit code. */
export function keepRehearsal(deck: Deck, log: RehearsalLog, budgets: Budgets, store: ScoreStore | undefined, streams: Streams, endedAt = Date.now()): number {
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
	streams.stdout.write(earlier > 0
		? `\nKept with ${plural(earlier, 'earlier rehearsal')}: \`briefing-deck rehearsals\` sets them side by side.\n`
		: '\nKept: `briefing-deck rehearsals` lists it; `--pace-from-rehearsal` paces against it.\n');
	return 0;
}
