/**
`briefing-deck scores <deck> --csv`: one row per attempt, or with
`--questions` one per question, for spreadsheets. One table per file, each of
one width, so that a spreadsheet or `read_csv` takes it whole; the room
records are a table of their own (`--rooms`, in room-scores.ts).
*/
import type {Deck} from '../../core/deck/types.js';
import type {Attempt} from '../../core/records/attempt.js';
import type {HistoryResult} from '../../io/store/score-store.js';
import {gridGlyphs} from '../../core/study/progress.js';
import {attemptPercentage} from '../../core/study/stats.js';
import {csvTable} from './csv-cell.js';
import {attemptMs, changed, type ScoresJson, splitHistory} from './scores-json.js';

const attemptsHeader = ['deck_id', 'started_at', 'ended_at', 'score', 'total', 'percentage', 'seconds', 'quiz_changed', 'exam'];

/**
One row per attempt with a header (the header alone without attempts);
warnings are not rows, so the caller reports them apart.
*/
export function scoresCsv(deck: Deck | undefined, history: HistoryResult | readonly Attempt[]): string {
	const {attempts} = splitHistory(history);
	return csvTable(attemptsHeader, attempts.map(attempt => [
		attempt.deckId,
		attempt.startedAt,
		attempt.endedAt,
		attempt.score,
		attempt.total,
		attemptPercentage(attempt),
		Math.round(attemptMs(attempt) / 1000),
		changed(deck, attempt),
		attempt.exam !== undefined,
	]));
}

/**
One row per question (`--csv --questions`): accuracy, the last results as
`✔✘·`, the slide, and the review schedule; deck text is made inert (as every
text cell is, see csv-cell.ts).
*/
export function questionsCsv(deck: Deck | undefined, data: ScoresJson): string {
	const header = ['deck_id', 'question_id', 'prompt', 'asked', 'right', 'accuracy', 'recent', 'slide', 'slide_title', 'due', 'stability', 'difficulty', 'state', 'reps', 'lapses'];
	const deckId = deck?.meta.id ?? '';
	return csvTable(header, data.questions.map(question => [
		deckId,
		question.id,
		question.prompt ?? '',
		question.asked,
		question.right,
		question.accuracy,
		gridGlyphs(question.recent),
		question.slide ?? '',
		question.slideTitle ?? '',
		question.schedule?.due ?? '',
		question.schedule?.stability ?? '',
		question.schedule?.difficulty ?? '',
		question.schedule?.state ?? '',
		question.schedule?.reps ?? '',
		question.schedule?.lapses ?? '',
	]));
}
