import type {Command} from '../shared/command.js';
import {goneDeckProblem, resolveDeckName} from '../shared/deck-name.js';
import {openDeckQuiz, runDeckQuiz} from '../shared/deck-quiz.js';
import {openStore} from '../shared/open-store.js';
import type {Streams} from '../shared/streams.js';

/** `briefing-deck quiz [deck]`: the deck's quiz, full-screen, each finished attempt saved to the store. */
export async function runQuizCommand(command: Extract<Command, {kind: 'quiz'}>, streams: Streams): Promise<number> {
	// A deck named by its id or title is asked from its file, as if the file had been named.
	const named = await resolveDeckName(command.deck, command.store, streams);
	if ('exitCode' in named) {
		return named.exitCode;
	}

	if ('gone' in named) {
		streams.stderr.write(goneDeckProblem(named.gone, 'the quiz of'));
		return 1;
	}

	const resolved = {...command, deck: named.argument};
	const opened = openDeckQuiz(resolved, streams);
	if (typeof opened === 'number') {
		return opened;
	}

	return runDeckQuiz(opened.deck, {...resolved, color: opened.color}, await openStore(command.store, streams.env), streams);
}
