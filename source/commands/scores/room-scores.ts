/**
The room records section of `briefing-deck scores`: each room quiz kept with
`--save-room`, apart from personal attempts, as text, JSON or CSV rows. Pure
formatting, like the rest of `scores`.
*/
import type {Deck} from '../../core/deck/types.js';
import {summarizeRoom} from '../../core/room/summary.js';
import {percent, rightPercent, tally} from '../../core/room/tally.js';
import type {RoomRecord} from '../../core/records/room-record.js';
import {quizChanged} from '../../core/study/stats.js';
import {slideReference} from '../../core/text/format.js';
import {sanitize} from '../../core/text/sanitize.js';
import {csvTable} from './csv-cell.js';

/** One room record in `scores --json`. Add fields, never rename them. */
export type RoomJson = {
	readonly startedAt: string;
	readonly endedAt: string;
	/** Made before the quiz last changed. */
	readonly quizChanged: boolean;
	/** Questions shown, and how many of them had hands counted or devices' answers. */
	readonly asked: number;
	readonly counted: number;
	/** Mean whole-number percentage that got a question right; null without a share. */
	readonly average: number | null;
	/** `at-most` when a choose-all question's bound is in the mean, which is then a bound too; null without a share. */
	readonly averageBound: 'exact' | 'at-most' | null;
	/** In the order asked. */
	readonly questions: ReadonlyArray<{
		readonly id: string;
		readonly prompt: string | null;
		readonly kind: string;
		/** Hands per option, in the deck's option order (a card: knew it, not yet); null when none were counted. */
		readonly counts: readonly number[] | null;
		readonly people: number | null;
		/** Devices' answers per option, in the same order, apart from the hands; null when the room was not served. */
		readonly votes: readonly number[] | null;
		/** Choose-all only: devices that answered; null otherwise. */
		readonly voters: number | null;
		/** Whole-number percentage that got it right; null without a share. */
		readonly right: number | null;
		/** `at-most` for choose-all: counts per option bound the share from above. */
		readonly bound: 'exact' | 'at-most';
		readonly slide: number | null;
	}>;
	/** Slides behind the questions fewer than three in four got right, worst first. */
	readonly revisit: ReadonlyArray<{readonly slide: number; readonly slideTitle: string | null; readonly questions: readonly number[]}>;
};

const slideLookup = (deck: Deck | undefined) => {
	const slides = new Map(deck?.quiz?.questions.map(question => [question.id, question.slide]));
	return (questionId: string): number | undefined => slides.get(questionId);
};

export function roomsJson(deck: Deck | undefined, records: readonly RoomRecord[]): RoomJson[] {
	const prompts = new Map(deck?.quiz?.questions.map(question => [question.id, question.prompt]));
	const slideOf = slideLookup(deck);
	return records.map(record => {
		const summary = summarizeRoom(record.questions, slideOf);
		return {
			startedAt: record.startedAt,
			endedAt: record.endedAt,
			quizChanged: deck?.quiz !== undefined && quizChanged(record, deck.quiz),
			asked: record.questions.length,
			counted: summary.counted,
			average: summary.average === undefined ? null : percent(summary.average),
			averageBound: summary.averageBound ?? null,
			questions: record.questions.map(question => {
				const counted = tally(question);
				const right = counted && rightPercent(counted);
				return {
					// Room records are files anyone can edit: nothing from one reaches a terminal raw.
					id: sanitize(question.questionId),
					prompt: prompts.get(question.questionId) ?? null,
					kind: question.kind,
					counts: question.counts,
					people: question.people ?? null,
					votes: question.votes ?? null,
					voters: question.voters ?? null,
					right: right ?? null,
					bound: question.kind === 'multiple' ? 'at-most' : 'exact',
					slide: slideOf(question.questionId) ?? null,
				};
			}),
			revisit: summary.revisit.map(({slide, questions}) => ({slide, slideTitle: deck?.slides[slide - 1]?.title ?? null, questions})),
		};
	});
}

/** The room section of the text report, as lines (the caller sanitizes every line). */
export function roomsText(deck: Deck | undefined, records: readonly RoomRecord[], formatDate: (iso: string) => string): string[] {
	if (records.length === 0) {
		return [];
	}

	const lines = ['', 'Room quizzes (a show of hands; not part of your scores):', `${'Date'.padEnd(16)}  ${'Counted'.padEnd(9)}  Right`];
	for (const room of roomsJson(deck, records)) {
		const counted = `${room.counted} of ${room.asked}`;
		const average = room.average === null ? '–' : `${room.averageBound === 'at-most' ? '≤' : ''}${room.average}%`;
		const hardest = room.revisit[0];
		const goBack = hardest ? `  go back to ${slideReference(deck, hardest.slide)}` : '';
		lines.push(`${formatDate(room.endedAt)}  ${counted.padEnd(9)}  ${average.padStart(5)}${room.quizChanged ? '  *' : ''}${goBack}`);
	}

	const changed = records.filter(record => deck?.quiz !== undefined && quizChanged(record, deck.quiz)).length;
	if (changed > 0) {
		lines.push(`* ${changed} of them ${changed === 1 ? 'was' : 'were'} run before the quiz changed; ${changed === 1 ? 'its' : 'their'} counts may not compare.`);
	}

	return lines;
}

/**
The table of `scores --csv --rooms`: one row per question of each room
record, under a header (the header alone without records). Ids come from
store files anyone can edit: csvCell makes them inert.
*/
export function roomsCsv(deck: Deck | undefined, records: readonly RoomRecord[]): string {
	const header = ['deck_id', 'room_started_at', 'room_ended_at', 'question_id', 'kind', 'hands', 'people', 'right_percentage', 'at_most', 'quiz_changed', 'devices'];
	const json = roomsJson(deck, records);
	return csvTable(header, records.flatMap((record, index) => json[index]!.questions.map(question => [
		record.deckId,
		record.startedAt,
		record.endedAt,
		question.id,
		question.kind,
		question.counts === null ? null : question.counts.reduce((sum, count) => sum + count, 0),
		question.people,
		question.right,
		question.bound === 'at-most',
		json[index]!.quizChanged,
		question.votes === null ? null : question.votes.reduce((sum, count) => sum + count, 0),
	])));
}
