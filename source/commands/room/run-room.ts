import type {Command, RoomOptions} from '../shared/command.js';
import {openDeckQuiz} from '../shared/deck-quiz.js';
import {runRoomQuiz} from '../shared/room-quiz.js';
import type {Streams} from '../shared/streams.js';

type RoomCommand = Extract<Command, {kind: 'quiz'}> & {readonly room: RoomOptions};

/**
`briefing-deck quiz --room`: the quiz for a room. Nothing personal is
recorded; with `--save-room` the room's counts are kept as a room record once
the presenter finishes, and when that fails they are printed as JSON instead,
so no count is lost.
*/
export async function runRoomCommand(given: RoomCommand, streams: Streams): Promise<number> {
	const opened = await openDeckQuiz(given, streams);
	if (typeof opened === 'number') {
		return opened;
	}

	return runRoomQuiz(opened.deck, {...opened.command, color: opened.color}, streams, opened.screen);
}
