/**
`briefing-deck scores <deck> --csv`: one row per attempt, or with
`--questions` one per question, for spreadsheets.
*/
import type {Deck} from '../../core/deck/types.js';
import type {Attempt} from '../../core/records/attempt.js';
import type {HistoryResult, RoomHistory} from '../../io/store/score-store.js';
import {gridGlyphs} from '../../core/study/progress.js';
import {attemptPercentage} from '../../core/study/stats.js';
import {sanitize} from '../../core/text/sanitize.js';
import {roomsCsv} from './room-scores.js';
import {attemptMs, changed, noRooms, type ScoresJson, splitHistory} from './scores-json.js';

// Deck ids come from front matter or a store file and can hold anything; CSV cannot escape, so they are made inert.
const csvCell = (value: string | number | boolean): string => {
	const text = sanitize(String(value));
	return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/**
One row per attempt with a header; warnings are not rows, so the caller
reports them apart. Room records follow as a table of their own, after a
blank line, only when there are any.
*/
export function scoresCsv(deck: Deck | undefined, history: HistoryResult | readonly Attempt[], rooms: RoomHistory = noRooms): string {
	const {attempts} = splitHistory(history);
	const header = ['deck_id', 'started_at', 'ended_at', 'score', 'total', 'percentage', 'seconds', 'quiz_changed', 'exam'];
	const rows = attempts.map(attempt => [
		attempt.deckId,
		attempt.startedAt,
		attempt.endedAt,
		attempt.score,
		attempt.total,
		attemptPercentage(attempt),
		Math.round(attemptMs(attempt) / 1000),
		changed(deck, attempt),
		attempt.exam !== undefined,
	].map(value => csvCell(value)).join(','));
	const roomTable = roomsCsv(deck, rooms.records);
	return [header.join(','), ...rows].join('\n') + '\n' + (roomTable === '' ? '' : `\n${roomTable}`);
}

/**
One row per question (`--csv --questions`): accuracy, the last results as
`✔✘·`, the slide, and the review schedule; deck text is made inert (as every cell is).
*/
export function questionsCsv(deck: Deck | undefined, data: ScoresJson): string {
	const header = ['deck_id', 'question_id', 'prompt', 'asked', 'right', 'accuracy', 'recent', 'slide', 'slide_title', 'due', 'stability', 'difficulty', 'state', 'reps', 'lapses'];
	const deckId = deck?.meta.id ?? '';
	const rows = data.questions.map(question => [
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
	].map(value => csvCell(value)).join(','));
	return [header.join(','), ...rows].join('\n') + '\n';
}
