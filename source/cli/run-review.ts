import {nothingDue, planReview, type ReviewCandidate} from '../study/review-plan.js';
import {sanitize} from '../text/sanitize.js';
import {deckSource, rememberedDeck} from './deck-source.js';
import type {Command} from './interpret.js';
import {openDeckAndStore} from './open-store.js';
import type {Streams} from './run-command.js';

export type ReviewTerminal = {
	/** Takes the terminal for the session; false (having said why) when there is none. */
	readonly interactive: () => boolean;
};

/**
`briefing-deck review [deck]`: the questions due today on one deck, or on
every deck the store has schedules for, asked one deck after another.
*/
export async function runReviewCommand(command: Extract<Command, {kind: 'review'}>, streams: Streams, terminal: ReviewTerminal): Promise<number> {
	const {stdout, stderr} = streams;
	const opened = await openDeckAndStore(command.deck, command.store, streams);
	if ('exitCode' in opened) {
		return opened.exitCode;
	}

	const {deck: named, store} = opened;
	const read = named ? store.schedules(named.meta.id) : undefined;
	const all = named ? undefined : store.allSchedules();
	for (const warning of [...store.warnings, ...(read?.warnings ?? []), ...(all?.warnings ?? [])]) {
		stderr.write(`briefing-deck: ${warning.message}\n`);
	}

	const candidates: ReviewCandidate[] = named
		? (read?.book ? [{book: read.book, deck: named}] : [])
		: (all?.books ?? []).map(book => ({book, ...rememberedDeck(book)}));
	const now = new Date();
	const plan = planReview(candidates, now);
	for (const note of plan.notes) {
		stderr.write(`briefing-deck: ${sanitize(note)}\n`);
	}

	if (plan.decks.length === 0) {
		stdout.write(`${sanitize(nothingDue(plan, now))}\n`);
		return 0;
	}

	if (!terminal.interactive()) {
		return 2;
	}

	const {runReview} = await import('../ui/run-review.js');
	// A deck named on the command line is remembered as it was opened; the others as their schedules have them.
	const decks = plan.decks.map(entry => ({...entry, source: named ? deckSource(command.deck, named) : entry.book.deck}));
	const result = await runReview(decks, {
		store,
		theme: command.theme,
		color: command.color,
		screenReader: command.screenReader,
	});
	if (result.exit === 'interrupted' || result.exit === 'abandoned') {
		stderr.write(`briefing-deck: review ${result.exit} after ${result.answered} of ${result.total} questions; the answers given were saved to the schedules\n`);
	}

	return result.exit === 'interrupted' ? 130 : 0;
}
