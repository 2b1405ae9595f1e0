import type {Deck} from '../../core/deck/types.js';
import type {ScoreStore} from '../../io/store/score-store.js';
import {nothingDue, planReview, type ReviewCandidate, type ReviewPlan} from '../../core/study/review-plan.js';
import {sanitize} from '../../core/text/sanitize.js';
import {claimTerminal, notInteractive} from '../../io/terminal/claim-terminal.js';
import {quizExitNote} from '../../ui/quiz/exit-note.js';
import {keptApart} from '../shared/deck-identity.js';
import {deckSource, rememberedDeck} from '../shared/deck-source.js';
import type {Command} from '../shared/command.js';
import {goneDeckProblem} from '../shared/deck-name.js';
import {openDeckAndStore, openStore} from '../shared/open-store.js';
import type {Streams} from '../shared/streams.js';

type ReviewCommand = Extract<Command, {kind: 'review'}>;

type ReviewTerminal = {
	/** Takes the terminal for the session; false (having said why) when there is none. */
	readonly interactive: () => boolean;
};

/** The process's terminal: both ends must be one. */
const processTerminal = (command: ReviewCommand, {stdin, stdout, stderr}: Streams): ReviewTerminal => ({
	interactive() {
		if (!stdout.isTTY || !stdin.isTTY) {
			stderr.write(notInteractive('review', command.deck));
			return false;
		}

		claimTerminal(stdin, command.color);
		return true;
	},
});

type Look = {
	readonly plan: ReviewPlan;
	readonly warnings: readonly string[];
};

type Remembered = ReturnType<typeof rememberedDeck>;

/**
What is due in `store`, on the named deck or on every deck it has schedules
for, and what reading the store met. `opened` keeps the decks loaded by an
earlier look, by where their schedules say they are.
*/
function lookForDue(store: ScoreStore, named: Deck | undefined, now: Date, opened: Map<string, Remembered>): Look {
	const read = named ? store.schedules(named.meta.id) : undefined;
	const all = named ? undefined : store.allSchedules();
	const candidates: ReviewCandidate[] = named
		? (read?.book ? [{book: read.book, deck: named}] : [])
		: (all?.books ?? []).map(book => {
				const key = `${book.deckId}\n${book.deck?.source ?? ''}`;
				const remembered = opened.get(key) ?? rememberedDeck(book, (deck, file) => keptApart(deck, file, store.dir, {readOnly: true}).deck);
				opened.set(key, remembered);
				return {book, ...remembered};
			});
	const plan = planReview(candidates, now);
	const warnings = [...store.warnings, ...(read?.warnings ?? []), ...(all?.warnings ?? [])].map(warning => warning.message);
	return {plan, warnings: [...warnings, ...plan.notes]};
}

const report = ({warnings}: Look, stderr: NodeJS.WriteStream): void => {
	for (const warning of warnings) {
		// Schedule files name decks and paths anyone could have edited.
		stderr.write(`briefing-deck: ${sanitize(warning)}\n`);
	}
};

/**
`briefing-deck review [deck]`: the questions due today on one deck, or on
every deck the store has schedules for, asked one deck after another. Looking
is read-only: with nothing due (or no terminal to ask in) the store is left
exactly as it was, corrupt files included. Answering writes, so the store is
opened for writing only then, and looked at again through it. Saying what is
due needs no terminal; asking it does.
*/
export async function runReviewCommand(command: ReviewCommand, streams: Streams, terminal = processTerminal(command, streams)): Promise<number> {
	const {stdout, stderr} = streams;
	const opened = await openDeckAndStore(command.deck, command.store, streams, {readOnly: true});
	if ('exitCode' in opened) {
		return opened.exitCode;
	}

	if (opened.gone) {
		stderr.write(goneDeckProblem(opened.gone, 'reviewing'));
		return 1;
	}

	const {deck: named} = opened;
	const now = new Date();
	const decks = new Map<string, Remembered>();
	const first = lookForDue(opened.store, named, now, decks);
	if (first.plan.decks.length === 0) {
		report(first, stderr);
		stdout.write(`${sanitize(nothingDue(first.plan, now, command.deck))}\n`);
		return 0;
	}

	if (!terminal.interactive()) {
		report(first, stderr);
		return 2;
	}

	const writable = await openStore(command.store, streams.env);
	if (!writable.store) {
		report(first, stderr);
		stderr.write(`briefing-deck: ${writable.error ?? 'cannot open the score store'}\n`);
		return 1;
	}

	const store = writable.store;
	const look = lookForDue(store, named, now, decks);
	report(look, stderr);
	const {plan} = look;
	if (plan.decks.length === 0) {
		// Answered in another terminal meanwhile.
		stdout.write(`${sanitize(nothingDue(plan, now, command.deck))}\n`);
		return 0;
	}

	const {runReview} = await import('../shared/mount-quiz.js');
	// A deck named on the command line is remembered as it was opened; the others as their schedules have them.
	const result = await runReview(plan.decks.map(entry => ({...entry, source: named ? deckSource(opened.argument, named) : entry.book.deck})), {
		store,
		theme: command.theme,
		color: command.color,
		screenReader: command.screenReader,
	});
	const note = quizExitNote(result);
	if (note !== undefined) {
		stderr.write(`briefing-deck: ${note}\n`);
	}

	return result.exit === 'interrupted' ? 130 : 0;
}
