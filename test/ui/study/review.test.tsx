/** Review sessions on screen, and every answer moving its schedule on, in a quiz and a practice round too. */
import {render} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {createScoreStore, type ScoreStore} from '../../../source/io/store/score-store.js';
import {scheduleOf} from '../../../source/core/records/schedule-file.js';
import {themes} from '../../../source/ui/kit/theme.js';
import type {QuizRunResult} from '../../../source/ui/quiz/QuizApp.js';
import {quizAppProps} from '../../../source/commands/shared/quiz-app-props.js';
import {renderQuizApp} from '../quiz/render-quiz-app.js';
import {ReviewSession} from '../../../source/ui/quiz/ReviewSession.js';
import {quizExitNote} from '../../../source/ui/quiz/exit-note.js';
import {ThemeContext} from '../../../source/ui/kit/use-theme.js';
import {frameMatching, press, readingKeys} from '../../helpers/frames.js';
import {enter, space} from '../../helpers/keys.js';
import {temporaryDirectories} from '../../helpers/temporary-files.js';
import {waitUntil} from '../../helpers/wait.js';
import type {Question} from '../../../source/core/deck/types.js';
import {card, deck, multiple, single} from '../quiz/fixture.js';
import {gradeIntervals, intervalLabel} from '../../../source/core/study/scheduler.js';

const {freshDir} = temporaryDirectories('review');
const day = 86_400_000;
const monday = Date.UTC(2026, 0, 5, 9);

type Rendered = ReturnType<typeof render>;
const mounted: Rendered[] = [];
afterEach(() => {
	for (const instance of mounted.splice(0)) {
		instance.unmount();
	}
});

const digitOf = (frame: string, text: string): string => new RegExp(String.raw`(\d) [A-D]\s+${text}`).exec(frame)?.[1] ?? '?';

function quiz(store: ScoreStore, time: number, mode: 'quiz' | 'review' = 'quiz', questions?: typeof deck.quiz.questions) {
	const props = quizAppProps(deck, {
		store, seed: 7, shuffle: false, json: false, theme: 'dark', color: false, screenReader: false, hyperlinks: false,
		mode, ...(questions ? {questions} : {}), deckSource: {title: 'Facts', source: '/decks/facts.md'}, now: () => time,
	});
	const {instance, result} = renderQuizApp(props);
	mounted.push(instance);
	return {instance, frame: () => instance.lastFrame() ?? '', result};
}

describe('every answer moves its schedule on', () => {
	it('in a quiz, a wrong answer due before a right one, and in a practice round too', async () => {
		const store = createScoreStore(freshDir());
		const app = quiz(store, monday);
		await readingKeys(app.instance);
		await press(app.instance, enter);
		await press(app.instance, digitOf(app.frame(), 'Paris'), enter);
		await press(app.instance, digitOf(app.frame(), 'Two'), enter, enter);
		await press(app.instance, space, '1');
		expect(app.frame()).toContain('You did not know it yet.');
		const {book} = store.schedules('facts');
		expect(book?.deck).toEqual({title: 'Facts', source: '/decks/facts.md'});
		expect(Date.parse(scheduleOf(book, 'primes')!.due)).toBeLessThan(Date.parse(scheduleOf(book, 'capital')!.due));
		await press(app.instance, enter);
		expect(await frameMatching(app.instance, 'Next review')).toContain('Next review: tomorrow.');
		// Practice: the misses again; each answer counts for its schedule.
		await press(app.instance, 'r');
		await press(app.instance, digitOf(app.frame(), 'Two'), digitOf(app.frame(), 'Seven'), enter, enter);
		await waitUntil(() => scheduleOf(store.schedules('facts').book, 'primes')?.reps === 2, 'the practice answer on its schedule');
		expect(scheduleOf(store.schedules('facts').book, 'capital')?.reps).toBe(1);
	});
});

describe('a review', () => {
	it('asks the questions given, records no attempt, and says when the next is due', async () => {
		const store = createScoreStore(freshDir());
		store.recordReviews('facts', [
			{questionId: 'capital', grade: 'again', at: new Date(monday)},
			{questionId: 'primes', grade: 'good', at: new Date(monday)},
		]);
		const app = quiz(store, monday + day, 'review', [single]);
		await readingKeys(app.instance);
		expect(app.frame()).toContain('Review: 1 question due.');
		await press(app.instance, enter);
		expect(app.frame()).toContain('Question 1 of 1');
		await press(app.instance, digitOf(app.frame(), 'Paris'));
		expect(app.frame()).toContain('✔ Right');
		await press(app.instance, enter);
		const results = await frameMatching(app.instance, 'Next review');
		expect(results).toContain('Review results');
		expect(results).not.toContain('Saved to your score history');
		expect(results).toMatch(/Next review: in \d days/);
		expect(store.history('facts').attempts).toEqual([]);
		expect(scheduleOf(store.schedules('facts').book, 'capital')?.reps).toBe(2);
		await press(app.instance, 'q');
		expect(app.result()).toMatchObject({exit: 'quit', answered: 1});
	});

	/** A review of the fixture deck and a copy of it titled "Facts again", one due question each. */
	async function reviewOfTwo(second: Question) {
		const store = createScoreStore(freshDir());
		let result: QuizRunResult | undefined;
		const options = {store, seed: 7, shuffle: false, json: false, theme: 'dark', color: false, screenReader: false, hyperlinks: false, now: () => monday} as const;
		const other = {...deck, meta: {...deck.meta, id: 'facts-again', title: 'Facts again'}};
		const parts = [
			{deck, questions: [single], props: quizAppProps(deck, options)},
			{deck: other, questions: [second], props: quizAppProps({...other, quiz: deck.quiz}, options)},
		];
		const instance = render(
			<ThemeContext value={themes.none}>
				<ReviewSession
					parts={parts}
					onDone={done => {
						result = done;
					}}
				/>
			</ThemeContext>,
		);
		mounted.push(instance);
		await readingKeys(instance);
		return {store, instance, frame: (): string => instance.lastFrame() ?? '', result: () => result};
	}

	it('offers the slide behind a missed question, and goes from one deck to the next', async () => {
		const {store, instance, frame, result} = await reviewOfTwo(multiple);
		expect(frame()).toContain('Deck 1 of 2 with questions due.');
		await press(instance, enter);
		await press(instance, digitOf(frame(), 'Lyon'));
		expect(frame()).toContain('✘ Wrong');
		expect(frame()).toMatch(/v\s+view the slide/);
		await press(instance, 'v');
		expect(frame()).toContain('Cities of France');
		await press(instance, 'x', enter);
		await frameMatching(instance, 'Review results');
		expect(frame()).toContain('Next: Facts again.');
		expect(frame()).toMatch(/Enter\/→\s+next deck/);
		await press(instance, enter);
		expect(frame()).toContain('Deck 2 of 2 with questions due.');
		expect(frame()).toContain('Facts again');
		await press(instance, 'q');
		expect(result()).toMatchObject({exit: 'quit', answered: 1, total: 2});
		expect(scheduleOf(store.schedules('facts').book, 'capital')).toMatchObject({reps: 1, lapses: 0});
	});

	it('q mid-review asks to stop in a review\'s own words, and the note counts the answers kept across decks', async () => {
		const {store, instance, frame, result} = await reviewOfTwo(single);
		await press(instance, enter);
		await press(instance, digitOf(frame(), 'Paris'), enter);
		await frameMatching(instance, 'Review results');
		await press(instance, enter, enter, 'q');
		expect(frame()).toContain('Stop this review? y/n');
		expect(frame()).toContain('Ratings given so far are kept in the review schedules; there is nothing else to record.');
		expect(frame()).not.toContain('not recorded');
		await press(instance, 'y');
		expect(result()).toMatchObject({exit: 'abandoned', mode: 'review', answered: 1, total: 2, scheduled: 1});
		expect(quizExitNote(result()!)).toBe('review abandoned after 1 of 2 questions; 1 answer moved its review schedule, and a review records nothing else');
		expect(scheduleOf(store.schedules('facts').book, 'capital')).toMatchObject({reps: 1});
		expect(store.schedules('facts-again').book).toBeUndefined();
		expect(store.history('facts').attempts).toEqual([]);
	});

	it('q on a deck\'s results leaves the whole review, its answers kept; the last deck offers no next', async () => {
		const {store, instance, frame, result} = await reviewOfTwo(single);
		await press(instance, enter);
		await press(instance, digitOf(frame(), 'Paris'), enter);
		await frameMatching(instance, 'Review results');
		expect(frame()).toMatch(/q\s+quit/);
		await press(instance, 'q');
		expect(result()).toMatchObject({exit: 'quit', answered: 1, total: 2});
		expect(frame()).not.toContain('Deck 2 of 2');
		expect(scheduleOf(store.schedules('facts').book, 'capital')).toMatchObject({reps: 1});

		const again = await reviewOfTwo(single);
		await press(again.instance, enter);
		await press(again.instance, digitOf(again.frame(), 'Paris'), enter);
		await frameMatching(again.instance, 'Review results');
		await press(again.instance, enter, enter);
		await press(again.instance, digitOf(again.frame(), 'Paris'), enter);
		await frameMatching(again.instance, 'Review results');
		expect(again.frame()).not.toContain('next deck');
		expect(again.frame()).not.toContain('Next:');
		await press(again.instance, enter);
		expect(again.result()).toBeUndefined();
		await press(again.instance, 'q');
		expect(again.result()).toMatchObject({finished: true, exit: 'quit', answered: 2, total: 2});
	});
});

describe('rating in a review, as in Anki', () => {
	/** A review of the card, answered right three days before and due now. */
	async function cardReview() {
		const store = createScoreStore(freshDir());
		store.recordReviews('facts', [
			{questionId: 'boiling', grade: 'good', at: new Date(monday)},
			{questionId: 'capital', grade: 'again', at: new Date(monday)},
		]);
		const now = monday + (3 * day);
		const app = quiz(store, now, 'review', [card]);
		await readingKeys(app.instance);
		await press(app.instance, enter, space);
		return {store, app, now};
	}

	it('shows each rating\'s next interval before it is pressed, as the scheduler previews it', async () => {
		const {store, app, now} = await cardReview();
		const labels = gradeIntervals(scheduleOf(store.schedules('facts').book, 'boiling'), new Date(now));
		const frame = await frameMatching(app.instance, 'next review in');
		expect(frame).toContain(`1 again · ${labels.again}`);
		expect(frame).toContain(`2 hard · ${labels.hard}`);
		expect(frame).toContain(`3 good · ${labels.good}`);
		expect(frame).toContain(`4 easy · ${labels.easy}`);
		// And the rating gives the interval its label said.
		await press(app.instance, '4');
		await waitUntil(() => scheduleOf(store.schedules('facts').book, 'boiling')?.reps === 2, 'the rating saved');
		expect(intervalLabel(Date.parse(scheduleOf(store.schedules('facts').book, 'boiling')!.due) - now)).toBe(labels.easy);
	});

	it('undoes the last rating with u: the question comes back, its schedule exactly as it was, another writer\'s change kept', async () => {
		const {store, app} = await cardReview();
		const before = structuredClone(scheduleOf(store.schedules('facts').book, 'boiling'));
		await press(app.instance, '1');
		expect(app.frame()).toContain('You did not know it yet.');
		await waitUntil(() => scheduleOf(store.schedules('facts').book, 'boiling')?.reps === 2, 'the rating saved');
		expect(app.frame()).toMatch(/u\s+undo the last answer/);
		// Meanwhile another terminal answers another question of the deck.
		store.recordReviews('facts', [{questionId: 'capital', grade: 'good', at: new Date(monday + (3 * day))}]);
		const theirs = structuredClone(scheduleOf(store.schedules('facts').book, 'capital'));
		await press(app.instance, 'u');
		expect(app.frame()).toContain('Answer undone');
		expect(app.frame()).toContain('next review in');
		expect(app.frame()).toContain('Question 1 of 1');
		await waitUntil(() => scheduleOf(store.schedules('facts').book, 'boiling')?.reps === 1, 'the schedule put back');
		expect(scheduleOf(store.schedules('facts').book, 'boiling')).toEqual(before);
		expect(scheduleOf(store.schedules('facts').book, 'capital')).toEqual(theirs);
		// Rated again, it counts once.
		await press(app.instance, '3');
		expect(app.frame()).toContain('You knew it well.');
		await waitUntil(() => scheduleOf(store.schedules('facts').book, 'boiling')?.reps === 2, 'the new rating saved');
		await press(app.instance, enter);
		await frameMatching(app.instance, 'Review results');
		await press(app.instance, 'q');
		expect(app.result()).toMatchObject({exit: 'quit', answered: 1});
	});

	it('undoes an answer not yet saved by dropping it, and says so where there is nothing to undo', async () => {
		const {store, app} = await cardReview();
		const before = structuredClone(scheduleOf(store.schedules('facts').book, 'boiling'));
		await press(app.instance, '2u');
		expect(app.frame()).toContain('next review in');
		expect(app.frame()).not.toMatch(/u\s+undo the last answer/);
		await press(app.instance, 'u');
		expect(app.frame()).toContain('Nothing to undo.');
		expect(scheduleOf(store.schedules('facts').book, 'boiling')).toEqual(before);
	});
});
