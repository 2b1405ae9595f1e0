import {formatRehearsals, rehearsalsJson, rememberedSlides} from '../shared/rehearsal-text.js';
import {sanitize, toSafeJson} from '../../core/text/sanitize.js';
import {keptApart} from '../shared/deck-identity.js';
import type {Command} from '../shared/command.js';
import {goneDeckNotice, resolveDeckName} from '../shared/deck-name.js';
import {openDeck} from '../shared/open-deck.js';
import {openStore} from '../shared/open-store.js';
import type {Streams} from '../shared/streams.js';

/** `briefing-deck rehearsals [deck]`: past runs side by side, or as JSON. Only reads: a damaged file is reported and left where it is. */
export async function runRehearsalsCommand(command: Extract<Command, {kind: 'rehearsals'}>, streams: Streams): Promise<number> {
	const named = await resolveDeckName(command.deck, command.store, streams);
	if ('exitCode' in named) {
		return named.exitCode;
	}

	const argument = 'argument' in named ? named.argument : undefined;
	const opening = 'gone' in named ? named : openDeck(argument, streams.stderr);
	if (!opening) {
		return 1;
	}

	const opened = await openStore(command.store, streams.env, {readOnly: true});
	if (!opened.store) {
		streams.stderr.write(`briefing-deck: ${opened.error ?? 'cannot open the score store'}\n`);
		return 1;
	}

	if ('gone' in opening) {
		// The file is gone: the runs kept under its id, against the slides the latest of them had.
		const {gone} = opening;
		streams.stderr.write(goneDeckNotice(gone));
		const history = opened.store.rehearsals(gone.id);
		const deck = {meta: {id: gone.id, title: gone.title ?? gone.id}, slides: rememberedSlides(history)};
		streams.stdout.write(command.json
			? toSafeJson(rehearsalsJson(deck, history)) + '\n'
			: formatRehearsals(deck, history, streams.stdout.isTTY ? streams.stdout.columns || 80 : 80, command.deck));
		return 0;
	}

	// Looked up, never recorded: this command writes nothing.
	const {deck, notice, warnings} = keptApart(opening, argument, opened.store.dir, {readOnly: true});
	for (const said of [...warnings, ...(notice === undefined ? [] : [notice])]) {
		streams.stderr.write(`briefing-deck: ${sanitize(said)}\n`);
	}

	const history = opened.store.rehearsals(deck.meta.id);
	streams.stdout.write(command.json
		? toSafeJson(rehearsalsJson(deck, history)) + '\n'
		: formatRehearsals(deck, history, streams.stdout.isTTY ? streams.stdout.columns || 80 : 80, command.deck));
	return 0;
}
