import {resolveDeckPath} from '../../io/deck/bundled.js';
import type {Deck} from '../../core/deck/types.js';
import type {ImageSource} from '../../core/images/types.js';
import {type Budgets, completeBudgets, type Plan} from '../../core/talk/budgets.js';
import type {RehearsalLog} from '../../core/talk/rehearsal.js';
import {createChannelLog} from '../../io/channel/channel-log.js';
import {connectPresenter} from '../../io/channel/client.js';
import type {ShowSource} from '../../ui/presenter/PresenterApp.js';
import {createDeckFeed} from '../../io/watch/deck-feed.js';
import type {Command} from '../shared/command.js';
import {openDeck, openDeckImages} from '../shared/open-deck.js';
import {keptApart, storeDirectory, withStoreId} from '../shared/deck-identity.js';
import {openStore} from '../shared/open-store.js';
import {channelFor, keepRehearsal, planFor, reportWarnings} from '../shared/presenting.js';
import {claimTerminal, notInteractive} from '../../io/terminal/claim-terminal.js';
import type {Streams} from '../shared/streams.js';

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

/**
`briefing-deck presenter [deck]`: the console beside a slideshow, or alone
with `--solo`; `--solo --rehearse` times each slide and keeps the run, as the
slideshow's `--rehearse` does.
*/
export async function runPresenterCommand(command: Extract<Command, {kind: 'presenter'}>, streams: Streams): Promise<number> {
	// With --watch, an empty or broken file is waited for (in a terminal) until a save can be shown.
	const watchOpening = command.watch ? await (await import('../shared/watch-opening.js')).openForWatch(command.deck, streams, command) : undefined;
	if (command.watch && !watchOpening) {
		return 0;
	}

	const opening = openDeck(command.deck, streams.stderr, undefined, watchOpening ? () => watchOpening.result : undefined);
	if (!opening) {
		watchOpening?.watched?.close();
		return 1;
	}

	if (!streams.stdout.isTTY || !streams.stdin.isTTY) {
		streams.stderr.write(notInteractive('the presenter console', command.deck));
		return 2;
	}

	claimTerminal(streams.stdin, command.color);
	const opened = await openStore(command.store, streams.env);
	// The id the store keeps this file's rehearsals under, for every version of the deck the console is shown.
	const identity = keptApart(opening, command.deck, storeDirectory(command.store, streams.env));
	const {deck} = identity;
	// What reading past rehearsals met, for the latest version of the deck; said once the screen is free.
	let warnings: readonly string[] = [];
	let unpaced: string | undefined;
	// The budgets a rehearsal is set against, as the slideshow's is: every slide's, complete or not.
	let rehearsalBudgets: Budgets = [];
	// The deck as first read is planned once: reading the store moves a damaged rehearsal aside, and says so only the first time.
	const first = planFor(deck, opened.store, command.paceFromRehearsal);
	const consolePlan = (shown: Deck): Plan => {
		const plan = shown === deck ? first : planFor(withStoreId(shown, deck.meta.id), opened.store, command.paceFromRehearsal);
		warnings = plan.warnings;
		unpaced = plan.unpaced;
		rehearsalBudgets = plan.budgets;
		const budgets = completeBudgets(plan.budgets);
		return {...(budgets ? {budgets} : {}), ...(shown.meta.duration === undefined ? {} : {durationSeconds: shown.meta.duration * 60})};
	};

	const deckPath = resolveDeckPath(command.deck);
	// Without --watch the file is read again only when a slideshow says its deck changed.
	const watched = command.watch ? watchOpening?.watched ?? (await import('../../io/watch/watch-deck.js')).watchDeck(deckPath, deck) : undefined;
	const {runPresenter} = await import('./mount-presenter.js');
	let rehearsal: RehearsalLog | undefined;
	const keepLog = (log: RehearsalLog) => {
		rehearsal = log;
	};

	const images = await openDeckImages(deck, deckPath);
	await runPresenter(deck, {
		...(images ? {images} : {}),
		imagesFor: async (shown: Deck, previous: ImageSource | undefined) => openDeckImages(shown, deckPath, previous),
		...(command.images === undefined ? {} : {imageProtocol: command.images}),
		source: command.solo ? {kind: 'solo', ...(command.rehearse ? {onRehearsal: keepLog} : {})} : followSlideshow(deckPath, streams.env),
		...(first.unpaced === undefined ? {} : {notice: first.unpaced}),
		planFor: consolePlan,
		feed: watched ?? createDeckFeed(deckPath, deck),
		watching: watched !== undefined,
		...(command.deck === undefined ? {} : {deckArgument: command.deck}),
		theme: command.theme,
		color: command.color,
		screenReader: command.screenReader,
	}).finally(() => watched?.close());
	reportWarnings([...warnings, ...(unpaced === undefined ? [] : [unpaced]), ...identity.warnings, ...(identity.notice === undefined ? [] : [identity.notice])], streams.stderr);
	return rehearsal ? keepRehearsal(deck, command.deck, rehearsal, rehearsalBudgets, opened.store, streams) : 0;
}
