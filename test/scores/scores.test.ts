import {describe, expect, it} from 'vitest';
import {formatScores} from '../../source/commands/scores/format-scores.js';
import type {ScoresJson} from '../../source/commands/scores/scores-json.js';
import {formatReset} from '../../source/commands/scores/scores-text.js';
import type {Attempt} from '../../source/core/records/attempt.js';
import type {HistoryResult} from '../../source/io/store/score-store.js';
import {review} from '../../source/core/study/scheduler.js';
import {deck} from '../ui/quiz/fixture.js';

/** Local times, so the expected dates hold in any time zone. */
const at = (day: number, hour: number, minute = 0): string => new Date(2026, 0, day, hour, minute).toISOString();

const attempt = (day: number, right: readonly string[], options: {quizHash?: string; seconds?: number} = {}): Attempt => ({
	schema: 'briefing-deck/attempt',
	version: 1,
	deckId: 'facts',
	quizHash: options.quizHash ?? 'hash-1',
	startedAt: at(day, 9),
	endedAt: new Date(Date.parse(at(day, 9)) + ((options.seconds ?? 65) * 1000)).toISOString(),
	score: right.length,
	total: 3,
	answers: ['capital', 'primes', 'boiling'].map(questionId => ({questionId, chosen: [], right: right.includes(questionId), ms: 1000})),
});

const attempts: Attempt[] = [
	attempt(3, ['capital'], {quizHash: 'old-hash'}),
	attempt(4, ['capital', 'boiling']),
	attempt(5, ['capital', 'primes', 'boiling'], {seconds: 130}),
];

describe('formatScores as text', () => {
	const text = formatScores(deck, attempts);

	it('has a table of attempts with date, score, percentage and time, in aligned columns', () => {
		const lines = text.split('\n');
		const header = lines.find(line => line.startsWith('Date'))!;
		const row = lines.find(line => line.startsWith('2026-01-03'))!;
		expect(header.indexOf('Time')).toBe(row.indexOf('01:05'));
		expect(text).toContain('Scores for “Facts”');
		expect(text).toContain([
			'Date              Score       Time',
			'2026-01-03 09:01  1/3 (33%)   01:05  *',
			'2026-01-04 09:01  2/3 (67%)   01:05',
			'2026-01-05 09:02  3/3 (100%)  02:10',
		].join('\n'));
	});

	it('gives the best and the average, and charts the scores from three attempts on', () => {
		expect(text).toContain('Best: 3/3 (100%) on 2026-01-05 09:02 · Average: 67% · 3 attempts');
		expect(text).toContain([
			'Scores over time (oldest to newest):',
			'100% │    █',
			'     │  ▃ █',
			'     │  █ █',
			'     │▅ █ █',
			'     │█ █ █',
			'  0% └─────',
		].join('\n'));
		expect(text).not.toContain('Trend');
	});

	it('shows no trend for one attempt, and a sparkline for two', () => {
		const one = formatScores(deck, attempts.slice(0, 1));
		expect(one).not.toMatch(/Trend|Scores over time/);
		expect(formatScores(deck, attempts.slice(1))).toContain('Trend: ▆█ (oldest to newest)');
	});

	it('lists question accuracy worst first, with its last results as ✔/✘ and the slide to review', () => {
		const questions = text.slice(text.indexOf('Questions, worst first')).split('\n');
		expect(questions.slice(0, 5)).toEqual([
			'Questions, worst first, with the last 3 results (✔ right, ✘ wrong, · not asked):',
			'   33%  1/3  ✘✘✔  Which of these are prime? — review slide 3: Prime numbers',
			'   67%  2/3  ✘✔✔  At what temperature does water boil at sea level?',
			'  100%  3/3  ✔✔✔  What is the capital of France? — review slide 2: Cities of',
			'                  France',
		]);
	});

	it('names the slides behind the weakest questions', () => {
		expect(text).toContain('Slides to read again:\n  slide 3: Prime numbers (33% right, 1 question)\n');
	});

	it('says what is due for review, from the schedules', () => {
		const book = {schema: 'briefing-deck/schedules', version: 1, deckId: 'facts', questions: {
			primes: review(undefined, 'again', new Date(2026, 0, 5, 15)),
			capital: review(undefined, 'good', new Date(2026, 0, 5, 15)),
		}} as const;
		const scheduled = formatScores(deck, attempts, {book, now: new Date(2026, 0, 6, 8), deckArgument: 'facts.md'});
		const flat = scheduled.replaceAll(/\s+/g, ' ');
		expect(flat).toContain('Review: 1 question due today (`briefing-deck review facts.md`), 1 more this week, next in 2 days (Thu 8 Jan).');
		expect(flat).toContain('Which of these are prime? — review slide 3: Prime numbers · due today');
		expect(text).toContain('Review: nothing scheduled yet; answered questions come up for review.');
	});

	it('marks exam attempts in the table', () => {
		const exam = formatScores(deck, [{...attempts[2]!, exam: {timedOut: true, flagged: []}}]);
		expect(exam).toContain('2026-01-05 09:02  3/3 (100%)  02:10  exam');
	});

	it('marks attempts made before the quiz changed, and says so', () => {
		expect(text).toContain('* 1 attempt was made before the quiz changed; its score may not compare with\nlater ones.');
	});

	it('fits the width it is given, wrapping between words under the question', () => {
		const narrow = formatScores(deck, attempts, {width: 50});
		for (const line of narrow.split('\n')) {
			expect(line.length, line).toBeLessThanOrEqual(50);
		}

		expect(narrow).toContain('   33%  1/3  ✘✘✔  Which of these are prime? —\n                  review slide 3: Prime numbers\n');
	});

	it('says when there are no attempts', () => {
		expect(formatScores(deck, [])).toBe('Scores for “Facts”\n\nNo attempts yet.\n');
	});

	it('shows the store warnings (corrupt files moved aside)', () => {
		const history: HistoryResult = {
			attempts,
			warnings: [{kind: 'corrupt-attempt', file: '/s/a.json', backup: '/s/a.json.corrupt-1', message: 'attempt /s/a.json is corrupt (invalid JSON); moved it to /s/a.json.corrupt-1'}],
		};
		expect(formatScores(deck, history)).toContain('Warnings:\n  attempt /s/a.json is corrupt (invalid JSON); moved it to /s/a.json.corrupt-1\n');
	});

	it('works without the deck, naming questions by id, and keeps hand-edited text inert', () => {
		const edited = [{...attempts[1]!, answers: [{questionId: 'evil\u001B[2J', chosen: [], right: false, ms: 1}]}];
		const output = formatScores(undefined, edited);
		expect(output).toContain('Scores for deck facts');
		expect(output).toContain('evil␛[2J (no longer in the quiz)');
		expect(output).not.toContain('\u001B');
	});
});

describe('formatScores as JSON', () => {
	it('is a stable object', () => {
		const json = JSON.parse(formatScores(deck, {attempts, warnings: []}, {json: true})) as ScoresJson;
		expect(Object.keys(json)).toEqual(['deck', 'quizHash', 'attempts', 'best', 'average', 'trend', 'questions', 'attemptsBeforeQuizChanged', 'due', 'weakestSlides', 'warnings', 'rooms']);
		expect(json.deck).toEqual({id: 'facts', title: 'Facts'});
		expect(json.attempts[0]).toEqual({startedAt: attempts[0]!.startedAt, endedAt: attempts[0]!.endedAt, score: 1, total: 3, percentage: 33, ms: 65_000, quizChanged: true, exam: false});
		expect(json.best).toMatchObject({score: 3, total: 3, percentage: 100});
		expect(json.average).toBe(67);
		expect(json.trend).toBe('▃▆█');
		expect(json.questions[0]).toEqual({id: 'primes', prompt: 'Which of these are prime?', asked: 3, right: 1, accuracy: 33, slide: 3, slideTitle: 'Prime numbers', recent: [false, false, true], schedule: null});
		expect(json.attemptsBeforeQuizChanged).toBe(1);
		expect(json.due).toEqual({today: 0, thisWeek: 0, next: null});
		expect(json.weakestSlides).toEqual([{slide: 3, title: 'Prime numbers', questions: ['primes'], accuracy: 33}]);
	});

	it('gives each question\'s schedule: next due date and stability', () => {
		const schedule = review(undefined, 'again', new Date(2026, 0, 5, 15));
		const book = {schema: 'briefing-deck/schedules', version: 1, deckId: 'facts', questions: {primes: schedule}} as const;
		const json = JSON.parse(formatScores(deck, attempts, {json: true, book, now: new Date(2026, 0, 6, 8)})) as ScoresJson;
		expect(json.questions[0]?.schedule).toEqual({due: schedule.due, stability: schedule.stability, difficulty: schedule.difficulty, state: 'review', reps: 1, lapses: 0});
		expect(json.due).toEqual({today: 1, thisWeek: 0, next: null});
	});

	it('has nulls, not missing keys, when there is nothing', () => {
		const json = JSON.parse(formatScores(undefined, [], {json: true})) as ScoresJson;
		expect(json).toEqual({deck: null, quizHash: null, attempts: [], best: null, average: null, trend: '', questions: [], attemptsBeforeQuizChanged: 0, due: null, weakestSlides: [], warnings: [], rooms: []});
	});
});

describe('formatScores as CSV', () => {
	it('has a header and one row per attempt', () => {
		const rows = formatScores(deck, attempts, {csv: true}).trimEnd().split('\n');
		expect(rows[0]).toBe('deck_id,started_at,ended_at,score,total,percentage,seconds,quiz_changed,exam');
		expect(rows).toHaveLength(4);
		expect(rows[1]).toBe(`facts,${attempts[0]!.startedAt},${attempts[0]!.endedAt},1,3,33,65,true,false`);
		expect(rows[3]).toBe(`facts,${attempts[2]!.startedAt},${attempts[2]!.endedAt},3,3,100,130,false,false`);
	});

	it('gives one row per question with --questions: accuracy, last results, slide and schedule', () => {
		const schedule = review(undefined, 'again', new Date(2026, 0, 5, 15));
		const book = {schema: 'briefing-deck/schedules', version: 1, deckId: 'facts', questions: {primes: schedule}} as const;
		const rows = formatScores(deck, attempts, {csv: true, questions: true, book}).trimEnd().split('\n');
		expect(rows[0]).toBe('deck_id,question_id,prompt,asked,right,accuracy,recent,slide,slide_title,due,stability,difficulty,state,reps,lapses');
		expect(rows[1]).toBe(`facts,primes,Which of these are prime?,3,1,33,✘✘✔,3,Prime numbers,${schedule.due},${schedule.stability},${schedule.difficulty},review,1,0`);
		expect(rows).toHaveLength(4);
	});

	it('quotes a deck id that holds a comma or a quote', () => {
		const rows = formatScores(undefined, [{...attempts[0]!, deckId: 'a,"b"'}], {csv: true}).split('\n');
		expect(rows[1]).toMatch(/^"a,""b""",/);
	});
});

describe('formatReset', () => {
	it('says how many attempts went, and on which deck', () => {
		expect(formatReset(deck, 3)).toBe('Deleted 3 attempts on “Facts”. Review schedules, room records, rehearsals and any backups of corrupt files were kept.\n');
		expect(formatReset(deck, 1)).toContain('Deleted 1 attempt on');
		expect(formatReset(deck, 0)).toBe('No attempts on “Facts” to delete.\n');
		expect(formatReset(undefined, 5)).toContain('Deleted 5 attempts on any deck.');
	});
});
