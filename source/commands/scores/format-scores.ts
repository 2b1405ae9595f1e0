import type {Deck} from '../../core/deck/types.js';
import type {Attempt} from '../../core/records/attempt.js';
import type {HistoryResult, RoomHistory} from '../../io/store/score-store.js';
import type {ScheduleBook} from '../../core/records/schedule-file.js';
import {toSafeJson} from '../../core/text/sanitize.js';
import {roomsCsv} from './room-scores.js';
import {questionsCsv, scoresCsv} from './scores-csv.js';
import {noRooms, scoresJson} from './scores-json.js';
import {defaultWidth, scoresText} from './scores-text.js';

type ScoresOptions = {
	readonly json?: boolean;
	readonly csv?: boolean;
	/** With `csv`: one row per question (accuracy, last results, schedule) instead of one per attempt. */
	readonly questions?: boolean;
	/** With `csv`: the room records' table (one row per question of each) instead of the attempts. */
	readonly rooms?: boolean;
	/** Columns to lay text out for: the terminal's, or 80 when the output is not one. */
	readonly width?: number;
	/** The deck's review schedules, and the time to tell what is due by. */
	readonly book?: ScheduleBook;
	readonly now?: Date;
	/** The deck as the command line named it, for the commands the text suggests. */
	readonly deckArgument?: string;
};

/**
A deck's score history as `--json`, `--csv` (one table: the attempts, or with
`questions` one row per question, or with `rooms` the room records) or, by
default, text: a table of attempts (exams marked), best and
average, how the scores moved (a chart from three attempts), what is due for
review, per-question accuracy worst first with its last results and the slide
to review, the slides behind the weakest questions, and a note on attempts
made before the quiz changed.
`deck` is undefined when only the id is known (the deck file is gone). Pass
the whole `HistoryResult` so the store's warnings (corrupt files moved aside)
appear in the text and JSON. Text is laid out for `width` columns. Room
records, when given, are listed in a section of their own (in CSV, only with
`rooms`).
*/
export function formatScores(deck: Deck | undefined, history: HistoryResult | readonly Attempt[], options: ScoresOptions = {}, rooms: RoomHistory = noRooms): string {
	const study = {...(options.book ? {book: options.book} : {}), now: options.now ?? new Date()};
	if (options.json) {
		return toSafeJson(scoresJson(deck, history, study, rooms)) + '\n';
	}

	if (options.csv) {
		if (options.rooms) {
			return roomsCsv(deck, rooms.records);
		}

		return options.questions ? questionsCsv(deck, scoresJson(deck, history, study, rooms)) : scoresCsv(deck, history);
	}

	return scoresText(deck, history, options.width ?? defaultWidth, study, rooms, options.deckArgument);
}
