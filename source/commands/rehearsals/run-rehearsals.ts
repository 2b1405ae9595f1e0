import type {RehearsalHistory} from '../../io/store/score-store.js';
import {formatRehearsals, rehearsalsJson, rememberedSlides, type RehearsedDeck} from '../shared/rehearsal-text.js';
import {toSafeJson} from '../../core/text/sanitize.js';
import type {Command} from '../shared/command.js';
import {goneDeckNotice} from '../shared/deck-name.js';
import {openDeckAndStore} from '../shared/open-store.js';
import type {Streams} from '../shared/streams.js';

/** `briefing-deck rehearsals [deck]`: past runs side by side, or as JSON. Only reads: a damaged file is reported and left where it is. */
export async function runRehearsalsCommand(command: Extract<Command, {kind: 'rehearsals'}>, streams: Streams): Promise<number> {
	const opened = await openDeckAndStore(command.deck, command.store, streams, {readOnly: true, bundledWhenUnnamed: true});
	if ('exitCode' in opened) {
		return opened.exitCode;
	}

	const {store, gone} = opened;
	const show = (deck: RehearsedDeck, history: RehearsalHistory): number => {
		streams.stdout.write(command.json
			? toSafeJson(rehearsalsJson(deck, history)) + '\n'
			: formatRehearsals(deck, history, streams.stdout.isTTY ? streams.stdout.columns || 80 : 80, command.deck));
		return 0;
	};

	if (gone) {
		// The file is gone: the runs kept under its id, against the slides the latest of them had.
		streams.stderr.write(goneDeckNotice(gone));
		const history = store.rehearsals(gone.id);
		return show({meta: {id: gone.id, title: gone.title ?? gone.id}, slides: rememberedSlides(history)}, history);
	}

	// With the bundled deck opened when none is named, there is always a deck here.
	const deck = opened.deck!;
	return show(deck, store.rehearsals(deck.meta.id));
}
