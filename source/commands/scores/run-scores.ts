import path from 'node:path';
import {createInterface} from 'node:readline/promises';
import {bundledDeckNames, bundledDecksDirectory} from '../../io/deck/bundled.js';
import {loadDeck} from '../../io/deck/load.js';
import type {Deck} from '../../core/deck/types.js';
import {formatScores} from './format-scores.js';
import {formatReset} from './scores-text.js';
import {type DeckScores, formatSummary} from './scores-summary.js';
import type {ScoreStore} from '../../io/store/score-store.js';
import {dueSummary} from '../../core/study/progress.js';
import {keptApart} from '../shared/deck-identity.js';
import {goneDeckNotice} from '../shared/deck-name.js';
import {rememberedDeck} from '../shared/deck-source.js';
import {plural} from '../../core/text/format.js';
import {sanitize} from '../../core/text/sanitize.js';
import type {Command} from '../shared/command.js';
import {openDeckAndStore, openStore} from '../shared/open-store.js';
import type {Streams} from '../shared/streams.js';

type ScoresCommand = Extract<Command, {kind: 'scores'}>;

/** Text is laid out for the terminal; piped or redirected, for 80 columns. */
const outputWidth = (stdout: NodeJS.WriteStream): number => (stdout.isTTY && stdout.columns > 0 ? stdout.columns : 80);

/** The bundled decks by id, so the summary can give their titles and tell when a quiz changed. */
function bundledDecks(): Map<string, Deck> {
	const decks = new Map<string, Deck>();
	for (const name of bundledDeckNames()) {
		const {deck} = loadDeck(path.join(bundledDecksDirectory(), `${name}.md`));
		if (deck) {
			decks.set(deck.meta.id, deck);
		}
	}

	return decks;
}

/** Every deck with attempts, schedules or room records, each with what is known of it. */
function deckScores(store: ScoreStore, now: Date): {decks: DeckScores[]; warnings: string[]} {
	const histories = store.allHistories();
	const schedules = store.allSchedules();
	const roomRecords = store.allRooms();
	const rooms = new Map(roomRecords.decks.map(entry => [entry.deckId, entry.records]));
	const known = bundledDecks();
	const books = new Map(schedules.books.map(book => [book.deckId, book]));
	const attempts = new Map(histories.decks.map(entry => [entry.deckId, entry.attempts]));
	const ids = [...new Set([...attempts.keys(), ...books.keys(), ...rooms.keys()])].sort((a, b) => (a < b ? -1 : (a > b ? 1 : 0)));
	const decks = ids.map((deckId): DeckScores => {
		const book = books.get(deckId);
		const remembered = book ? rememberedDeck(book, (deck, file) => keptApart(deck, file, store.dir, {readOnly: true}).deck) : undefined;
		const deck = known.get(deckId) ?? (remembered && 'deck' in remembered ? remembered.deck : undefined);
		const questions = deck?.quiz?.questions ?? Object.keys(book?.questions ?? {}).map(id => ({id}));
		return {
			deckId,
			attempts: attempts.get(deckId) ?? [],
			...(deck ? {deck} : {}),
			...(book?.deck ? {title: book.deck.title, source: book.deck.source} : {}),
			...(book ? {due: dueSummary(questions, book, now)} : {}),
			...(rooms.has(deckId) ? {rooms: rooms.get(deckId)} : {}),
		};
	});
	return {decks, warnings: [...histories.warnings, ...schedules.warnings, ...roomRecords.warnings].map(warning => warning.message)};
}

/** What a reset keeps, said when it asks (and, in other words, when it is done). */
const resetKeeps = 'Review schedules, room records and rehearsals are kept.';

/**
Asks before deleting: `undefined` to go ahead, else the exit code. Without a
terminal to ask in, refuses (a usage error) unless `--yes`.
*/
async function confirmReset(command: ScoresCommand, streams: Streams, count: number, which: string): Promise<number | undefined> {
	if (command.yes) {
		return undefined;
	}

	if (!streams.stdin.isTTY) {
		streams.stderr.write(`briefing-deck: refusing to delete ${plural(count, 'attempt')} without confirmation\n  hint: add --yes to reset without asking\n`);
		return 2;
	}

	const prompt = createInterface({input: streams.stdin, output: streams.stderr});
	const answer = await prompt.question(sanitize(`Delete ${plural(count, 'attempt')} ${which}? ${resetKeeps} This cannot be undone. [y/N] `));
	prompt.close();
	if (!/^y(es)?$/i.test(answer.trim())) {
		streams.stderr.write('Nothing deleted.\n');
		return 1;
	}

	return undefined;
}

/**
Counts with the read-only store, asks, and only then opens the store to
write: deletes exactly the attempt files counted (the ones `scores` lists),
so an attempt saved while the question was on screen stays. Attempts only:
schedules, room records and rehearsals are not scores, and are kept.
*/
async function reset(command: ScoresCommand, store: ScoreStore, deck: Pick<Deck, 'meta'> | undefined, streams: Streams): Promise<number> {
	const plan = store.resetPlan(deck?.meta.id);
	for (const warning of [...store.warnings, ...plan.warnings]) {
		streams.stderr.write(`briefing-deck: ${sanitize(warning.message)}\n`);
	}

	const refused = await confirmReset(command, streams, plan.files.length, deck ? `on “${deck.meta.title}”` : 'on every deck');
	if (refused !== undefined) {
		return refused;
	}

	const writable = await openStore(command.store, streams.env);
	try {
		if (!writable.store) {
			throw new Error(writable.error ?? 'cannot open the score store');
		}

		const {removed} = writable.store.reset(deck?.meta.id, plan);
		streams.stdout.write(formatReset(deck, removed));
	} catch (error) {
		streams.stderr.write(`briefing-deck: cannot reset scores: ${sanitize((error as Error).message)}\n`);
		return 1;
	}

	return 0;
}

/**
`briefing-deck scores [deck]`: one deck's history, or every deck in the store
at a glance; and `--reset` (one deck, or every deck) with its confirmation.
*/
export async function runScoresCommand(command: ScoresCommand, streams: Streams): Promise<number> {
	const {stdout, stderr} = streams;
	const opened = await openDeckAndStore(command.deck, command.store, streams, {readOnly: true});
	if ('exitCode' in opened) {
		return opened.exitCode;
	}

	// `scores` only reads; `--reset` reads first too, and writes only once the person has said yes.
	const {deck, gone, store} = opened;
	if (command.reset) {
		return reset(command, store, gone ? {meta: {id: gone.id, title: gone.title ?? gone.id}} : deck, streams);
	}

	const say = (warnings: ReadonlyArray<{readonly message: string}>): void => {
		for (const warning of warnings) {
			stderr.write(`briefing-deck: ${sanitize(warning.message)}\n`);
		}
	};

	say(store.warnings);
	const now = new Date();
	const options = {json: command.json, csv: command.csv, rooms: command.rooms, width: outputWidth(stdout)};
	if (gone) {
		stderr.write(goneDeckNotice(gone));
	}

	const id = deck?.meta.id ?? gone?.id;
	if (id === undefined) {
		const {decks, warnings} = deckScores(store, now);
		// Text and JSON carry warnings in the report itself; CSV has no place for them.
		if (command.csv) {
			say(warnings.map(message => ({message})));
		}

		stdout.write(formatSummary(decks, warnings, options));
		return 0;
	}

	const schedules = store.schedules(id);
	say(schedules.warnings);
	const history = store.history(id);
	const rooms = store.rooms(id);
	if (command.csv) {
		say([...history.warnings, ...rooms.warnings]);
	}

	stdout.write(formatScores(deck, history, {...options, questions: command.questions, now, ...(command.deck === undefined ? {} : {deckArgument: command.deck}), ...(schedules.book ? {book: schedules.book} : {})}, rooms));
	return 0;
}
