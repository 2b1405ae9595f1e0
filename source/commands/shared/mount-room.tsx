import type {Deck} from '../../core/deck/types.js';
import type {Subscribe} from '../../core/protocol/listeners.js';
import type {RoomRemote} from '../../core/protocol/room-messages.js';
import {startRoom} from '../../core/room/room-state.js';
import {type RoomState} from '../../core/room/room-model.js';
import {randomSeed} from '../../core/quiz/shuffle.js';
import {describeScreen, renderFullScreen, type ScreenOptions} from '../../ui/kit/full-screen.js';
import {highlighterFor} from '../../core/layout/index.js';
import {RoomApp, type RoomRunResult, type RoomServe} from '../../ui/room/RoomApp.js';

type RunRoomOptions = ScreenOptions & {
	/** `--seed N`: the same option (and, with `shuffle`, question) order every time. */
	readonly seed?: number;
	readonly shuffle: boolean;
	/** `--countdown`, in milliseconds. */
	readonly countdownMs?: number;
	/** `--save-room`: the caller keeps the room's counts at the end. */
	readonly saveRoom: boolean;
	readonly notices: readonly string[];
	readonly now?: () => number;
	/** Commands from presenter consoles, and where to tell them the room's state. */
	readonly remote?: Subscribe<RoomRemote>;
	readonly onRoomState?: (room: RoomState) => void;
	/** How many consoles follow, as it changes. */
	readonly consoles?: Subscribe<number>;
	/** `--serve`: where the room's phones join, shown on the room screen. */
	readonly serve?: RoomServe;
};

/**
Runs a deck's quiz for a room, full-screen, until the presenter finishes;
then restores the terminal and hands back the room's final state.
*/
export async function runRoom(deck: Deck, options: RunRoomOptions): Promise<RoomRunResult | undefined> {
	const {quiz} = deck;
	if (quiz === undefined || quiz.questions.length === 0) {
		return undefined;
	}

	const screen = describeScreen(options);
	const highlighter = await highlighterFor(deck, quiz.questions);
	const seed = options.seed ?? randomSeed();
	let result: RoomRunResult = {room: startRoom(quiz.questions, {seed})};
	await renderFullScreen(
		<RoomApp
			deck={deck}
			quiz={quiz}
			seed={seed}
			shuffle={options.shuffle}
			{...(options.countdownMs === undefined ? {} : {countdownMs: options.countdownMs})}
			saveRoom={options.saveRoom}
			notices={options.notices}
			hyperlinks={screen.hyperlinks}
			highlighter={highlighter}
			now={options.now ?? Date.now}
			onDone={done => {
				result = done;
			}}
			remote={options.remote}
			onRoomState={options.onRoomState}
			consoles={options.consoles}
			serve={options.serve}
		/>,
		screen,
	);
	return result;
}
