/** The exam's screens and keys: no feedback, flags, the answer sheet, changing an answer, the countdown. */
import {describe, expect, it} from 'vitest';
import {createScoreStore, type ScoreStore} from '../../../source/io/store/score-store.js';
import {scheduleOf} from '../../../source/core/records/schedule-file.js';
import {quizAppProps} from '../../../source/commands/shared/quiz-app-props.js';
import {renderQuizApp} from '../quiz/render-quiz-app.js';
import {quizExitNote} from '../../../source/ui/quiz/exit-note.js';
import {frameMatching, press, readingKeys} from '../../helpers/frames.js';
import {end, enter, escape, home, left, right, space} from '../../helpers/keys.js';
import {temporaryDirectories} from '../../helpers/temporary-files.js';
import {unmountAfterEach} from '../helpers.js';
import {deck} from '../quiz/fixture.js';

const keep = unmountAfterEach();
const {freshDir} = temporaryDirectories('exam');

async function exam({timeLimitMs}: {timeLimitMs?: number} = {}) {
	const store: ScoreStore = createScoreStore(freshDir());
	let time = Date.UTC(2026, 0, 5, 9);
	const props = quizAppProps(deck, {
		store, seed: 7, shuffle: false, json: false, theme: 'dark', color: false, screenReader: false, hyperlinks: false,
		mode: 'exam', ...(timeLimitMs === undefined ? {} : {timeLimitMs}), now: () => time,
	});
	const {instance, result} = renderQuizApp(props);
	keep({...instance, lastFrame: () => instance.lastFrame() ?? '', stdin: instance.stdin as never, stdout: instance.stdout as never, exited: Promise.resolve()});
	await readingKeys(instance);
	const frame = (): string => instance.lastFrame() ?? '';
	/** The digit an option is shown with on the frame. */
	const digitOf = (text: string): string => new RegExp(String.raw`(\d) [A-D]\s+${text}`).exec(frame())?.[1] ?? '?';
	return {
		instance, store, frame, digitOf, result,
		advance(ms: number) {
			time += ms;
		},
	};
}

describe('an exam', () => {
	it('says what it is before it starts', async () => {
		const app = await exam({timeLimitMs: 600_000});
		expect(app.frame()).toContain('Exam: 3 questions, a time limit of 10:00, submitted when it runs out.');
		expect(app.frame()).toContain('No feedback until you submit.');
	});

	it('takes an answer without feedback and moves on to the next question', async () => {
		const app = await exam();
		await press(app.instance, enter);
		expect(app.frame()).toContain('Exam · question 1 of 3 · 0 of 3 answered');
		await press(app.instance, app.digitOf('Lyon'));
		expect(app.frame()).not.toMatch(/✔ Right|✘ Wrong|The right answer/);
		expect(app.frame()).toContain('Exam · question 2 of 3 · 1 of 3 answered');
		expect(app.frame()).toContain('Which of these are prime?');
	});

	it('flags a question with f, and the answer sheet shows every answer and flag', async () => {
		const app = await exam();
		await press(app.instance, enter);
		await press(app.instance, app.digitOf('Paris'));
		await press(app.instance, 'f');
		expect(app.frame()).toContain('⚑ Flagged to come back to');
		expect(app.frame()).toContain('1 flagged');
		await press(app.instance, 's');
		const sheet = app.frame();
		expect(sheet).toContain('answer sheet · 1 of 3 answered · 1 flagged');
		expect(sheet).toMatch(/ 1 {2}[A-D] {8}What is the capital of France\?/);
		expect(sheet).toMatch(/❯ 2 {2}— {6}⚑ Which of these are prime\?/);
		expect(sheet).toMatch(/ 3 {2}— {8}At what temperature/);
		expect(sheet).toContain('Submit the exam');
		// Back to the question it came from.
		await press(app.instance, escape);
		expect(app.frame()).toContain('question 2 of 3');
	});

	it('jumps on the sheet to Submit with G or End, and back to the first question with g g or Home', async () => {
		const app = await exam();
		await press(app.instance, enter, 's');
		expect(app.frame()).toMatch(/❯ 1 {2}— /);
		await press(app.instance, 'G');
		expect(app.frame()).toMatch(/❯ Submit the exam/);
		await press(app.instance, 'g', 'g');
		expect(app.frame()).toMatch(/❯ 1 {2}— /);
		await press(app.instance, end);
		expect(app.frame()).toMatch(/❯ Submit the exam/);
		await press(app.instance, home);
		expect(app.frame()).toMatch(/❯ 1 {2}— /);
		expect(app.frame()).toMatch(/g g.*first question|Home.*first question/);
	});

	it('changes any answer from the sheet, and the change is what counts', async () => {
		const app = await exam();
		await press(app.instance, enter);
		await press(app.instance, app.digitOf('Lyon'));
		await press(app.instance, 's', 'k', enter);
		expect(app.frame()).toContain('question 1 of 3');
		// The answer given is marked; choosing another replaces it.
		expect(app.frame()).toMatch(/◉ \d [A-D]\s+Lyon/);
		await press(app.instance, app.digitOf('Paris'));
		// On to the next unanswered question; the sheet opens on it, and ↑ from the first row wraps to Submit.
		expect(app.frame()).toContain('question 2 of 3');
		await press(app.instance, 's');
		expect(app.frame()).toMatch(/❯ 2 {2}— /);
		await press(app.instance, 'k', 'k', enter);
		expect(app.frame()).toContain('Submit with 2 questions unanswered? y/n');
		await press(app.instance, 'n');
		expect(app.frame()).toMatch(/❯ Submit the exam/);
		await press(app.instance, enter, 'y');
		const results = await frameMatching(app.instance, 'Saved to your score history.');
		expect(results).toContain('Exam results');
		expect(results).toContain('✔ Right What is the capital of France?');
		expect(results).toContain('✘ Unanswered Which of these are prime?');
		expect(results).toContain('You submitted it.');
		const [attempt] = app.store.history('facts').attempts;
		expect(attempt).toMatchObject({score: 1, total: 3, exam: {timedOut: false, flagged: []}});
		expect(attempt?.answers.map(answer => [answer.questionId, answer.right])).toEqual([['capital', true], ['primes', false], ['boiling', false]]);
	});

	it('ticks choose-all options, rates a card 1–4, and submits without asking when all are answered', async () => {
		const app = await exam();
		await press(app.instance, enter, right);
		expect(app.frame()).toContain('Choose all that apply, then press Enter.');
		await press(app.instance, app.digitOf('Two'), app.digitOf('Seven'), enter);
		expect(app.frame()).toContain('At what temperature does water boil at sea level?');
		await press(app.instance, space);
		expect(app.frame()).toContain('One hundred degrees Celsius.');
		await press(app.instance, '4');
		// The first question is still blank: the next unanswered is shown.
		expect(app.frame()).toContain('question 1 of 3');
		await press(app.instance, app.digitOf('Nice'));
		expect(app.frame()).toContain('answer sheet · 3 of 3 answered');
		expect(app.frame()).toMatch(/3 {2}easy/);
		await press(app.instance, enter);
		const results = await frameMatching(app.instance, 'Saved to your score history.');
		expect(results).toContain('Score 2/3 (67%)');
		// Every answered question's schedule moved on, the card's by its rating.
		const {book} = app.store.schedules('facts');
		expect(scheduleOf(book, 'boiling')).toMatchObject({reps: 1});
		expect(Date.parse(scheduleOf(book, 'boiling')!.due)).toBeGreaterThan(Date.parse(scheduleOf(book, 'primes')!.due));
	});

	it('goes through the answers with their feedback after submitting (a)', async () => {
		const app = await exam();
		await press(app.instance, enter);
		await press(app.instance, app.digitOf('Lyon'));
		await press(app.instance, 's', 'j', 'j', enter, 'y');
		await frameMatching(app.instance, 'Exam results');
		await press(app.instance, 'a');
		expect(app.frame()).toContain('Exam answers · question 1 of 3');
		expect(app.frame()).not.toContain('right so far');
		expect(app.frame()).toContain('✘ Wrong');
		expect(app.frame()).toContain('Lyon is the third city.');
		await press(app.instance, enter);
		expect(app.frame()).toContain('✘ Unanswered');
		expect(app.frame()).toContain('You left it unanswered.');
		await press(app.instance, left);
		expect(app.frame()).toContain('Lyon is the third city.');
		await press(app.instance, escape);
		expect(app.frame()).toContain('Exam results');
		await press(app.instance, 'a', 'q');
		expect(app.result()).toMatchObject({finished: true, exit: 'quit'});
	});
});

describe('a timed exam', () => {
	it('counts down, warns at one minute, and submits itself when time runs out, saying so', async () => {
		const app = await exam({timeLimitMs: 120_000});
		await press(app.instance, enter);
		expect(app.frame()).toContain('02:00 left');
		await press(app.instance, app.digitOf('Paris'));
		app.advance(60_000);
		expect(await frameMatching(app.instance, '01:00 left')).not.toContain('Less than a minute left');
		app.advance(1000);
		expect(await frameMatching(app.instance, '00:59 left')).toContain('Less than a minute left');
		app.advance(60_000);
		const results = await frameMatching(app.instance, 'Time is up');
		expect(results).toContain('Time is up: the exam was submitted with your answers as they stood.');
		expect(results.replaceAll(/\s+/g, ' ')).toContain('Time ran out, so it was submitted as it stood.');
		expect(await frameMatching(app.instance, 'Saved to your score history.')).toContain('Score 1/3 (33%)');
		expect(app.store.history('facts').attempts[0]).toMatchObject({score: 1, exam: {timedOut: true, timeLimitMs: 120_000}});
	});

	it('does not count a key pressed after the time ran out', async () => {
		const app = await exam({timeLimitMs: 60_000});
		await press(app.instance, enter);
		app.advance(60_500);
		await press(app.instance, app.digitOf('Paris'));
		expect(await frameMatching(app.instance, 'Exam results')).toContain('Score 0/3 (0%)');
	});

	it('abandons on q then y, in exam words: nothing recorded and no schedule moved, with the answers it had counted', async () => {
		const app = await exam({timeLimitMs: 60_000});
		await press(app.instance, enter);
		await press(app.instance, app.digitOf('Lyon'));
		await press(app.instance, app.digitOf('Two'), enter);
		expect(app.frame()).toContain('2 of 3 answered');
		await press(app.instance, 'q');
		expect(app.frame()).toContain('Abandon this exam? y/n');
		expect(app.frame()).toContain('Nothing is recorded and no review schedule moves: an exam counts only once submitted.');
		await press(app.instance, 'y');
		const result = app.result();
		expect(result).toMatchObject({finished: false, exit: 'abandoned', mode: 'exam', answered: 2, total: 3, scheduled: 0});
		expect(quizExitNote(result!)).toBe('exam abandoned with 2 of 3 questions answered; nothing recorded and no review schedule moved, as an exam counts only once submitted');
		expect(app.store.history('facts').attempts).toEqual([]);
		expect(app.store.schedules('facts').book).toBeUndefined();
	});

	it('once submitted, Ctrl+C says the attempt was saved and how many answers moved their schedules', async () => {
		const app = await exam();
		await press(app.instance, enter);
		await press(app.instance, app.digitOf('Lyon'));
		await press(app.instance, 's', 'j', 'j', enter, 'y');
		await frameMatching(app.instance, 'Exam results');
		await press(app.instance, '\u0003');
		expect(quizExitNote(app.result()!)).toBe('exam interrupted after it was submitted; your attempt, 0/3 (0%), was saved, and 1 answer moved its review schedule');
		expect(Object.keys(app.store.schedules('facts').book?.questions ?? {})).toEqual(['capital']);
	});
});
