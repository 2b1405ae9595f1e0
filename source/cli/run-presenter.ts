import {resolveDeckPath} from '../deck/bundled.js';
import {completeBudgets} from '../present/budgets.js';
import {createChannelLog} from '../present/channel-log.js';
import {connectPresenter} from '../present/client.js';
import type {ShowSource} from '../ui/presenter/PresenterApp.js';
import type {Command} from './interpret.js';
import {openDeck} from './open-deck.js';
import {openStore} from './open-store.js';
import {channelFor, planFor, reportWarnings} from './presenting.js';
import {claimTerminal, notInteractive} from './claim-terminal.js';
import type {Streams} from './run-command.js';

/** The channel to the deck's slideshow, or why there is none; the console says which. */
function followSlideshow(deckPath: string, env: Streams['env']): ShowSource {
	let found: ReturnType<typeof channelFor> | undefined;
	let problem: Error | undefined;
	try {
		found = channelFor(deckPath, env);
	} catch (error) {
		problem = error as Error;
	}

	const log = found ? createChannelLog(found.channel.log, 'console') : () => undefined;
	return {
		kind: 'channel',
		deck: {path: found?.realPath ?? deckPath},
		log,
		connect(handlers) {
			if (!found) {
				throw problem ?? new Error('no channel');
			}

			return connectPresenter({channel: found.channel, uid: found.uid, log, ...handlers});
		},
	};
}

/** `briefing-deck presenter [deck]`: the console beside a slideshow, or alone with `--solo`. */
export async function runPresenterCommand(command: Extract<Command, {kind: 'presenter'}>, streams: Streams): Promise<number> {
	const deck = openDeck(command.deck, streams.stderr);
	if (!deck) {
		return 1;
	}

	if (!streams.stdout.isTTY || !streams.stdin.isTTY) {
		streams.stderr.write(notInteractive('the presenter console'));
		return 2;
	}

	claimTerminal(streams.stdin);
	const opened = await openStore(command.store, streams.env);
	const plan = planFor(deck, opened.store, command.paceFromRehearsal);
	const budgets = completeBudgets(plan.budgets);
	const {runPresenter} = await import('../ui/run-presenter.js');
	await runPresenter(deck, {
		source: command.solo ? {kind: 'solo'} : followSlideshow(resolveDeckPath(command.deck), streams.env),
		plan: {...(budgets ? {budgets} : {}), ...(deck.meta.duration === undefined ? {} : {durationSeconds: deck.meta.duration * 60})},
		...(command.deck === undefined ? {} : {deckArgument: command.deck}),
		theme: command.theme,
		color: command.color,
		screenReader: command.screenReader,
	});
	reportWarnings(plan.warnings, streams.stderr);
	return 0;
}
