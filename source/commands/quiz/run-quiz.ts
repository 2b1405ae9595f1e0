import type {Command} from '../shared/command.js';
import {openDeckQuiz, runDeckQuiz} from '../shared/deck-quiz.js';
import {openStore} from '../shared/open-store.js';
import type {Streams} from '../shared/streams.js';

/** `briefing-deck quiz [deck]`: the deck's quiz, full-screen, each finished attempt saved to the store. */
export async function runQuizCommand(given: Extract<Command, {kind: 'quiz'}>, streams: Streams): Promise<number> {
	const opened = await openDeckQuiz(given, streams);
	if (typeof opened === 'number') {
		return opened;
	}

	const {command} = opened;
	return runDeckQuiz(opened.deck, {...command, color: opened.color}, await openStore(command.store, streams.env), streams, opened.screen);
}
