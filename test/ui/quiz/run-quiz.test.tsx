import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, expect, it} from 'vitest';
import {createScoreStore} from '../../../source/io/store/score-store.js';
import {runQuiz} from '../../../source/commands/shared/mount-quiz.js';
import {ENTER_ALTERNATE_SCREEN, LEAVE_ALTERNATE_SCREEN} from '../../../source/io/terminal/terminal.js';
import {readingKeys} from '../../helpers/frames.js';
import {FakeInput, FakeOutput} from './fake-terminal.js';
import {deck} from './fixture.js';

const directories: string[] = [];
afterEach(() => {
	for (const directory of directories.splice(0)) {
		fs.rmSync(directory, {recursive: true, force: true});
	}
});

const streams = () => {
	const stdout = new FakeOutput();
	const stdin = new FakeInput();
	return {stdout, stdin, options: {stdout: stdout as unknown as NodeJS.WriteStream, stdin: stdin as unknown as NodeJS.ReadStream}};
};

it('runs in the alternate screen, restores it, and records nothing when quit from the intro', async () => {
	const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-deck-run-quiz-'));
	directories.push(directory);
	const store = createScoreStore(directory);
	const {stdout, stdin, options} = streams();
	const running = runQuiz(deck, {...options, store, shuffle: false, json: false, theme: 'dark', color: false, screenReader: false, env: {}});
	await readingKeys({stdin, lastFrame: () => stdout.written});
	expect(stdout.written).toContain('Facts quiz');
	stdin.type('q');
	await expect(running).resolves.toEqual({finished: false, exit: 'quit', mode: 'quiz', answered: 0, total: 3, scheduled: 0});
	expect(stdout.written.startsWith(ENTER_ALTERNATE_SCREEN)).toBe(true);
	expect(stdout.written).toContain(LEAVE_ALTERNATE_SCREEN);
	expect(store.history('facts').attempts).toEqual([]);
});

it('does not start for a deck without questions', async () => {
	const {stdout, options} = streams();
	const result = await runQuiz({...deck, quiz: {...deck.quiz, questions: []}}, {...options, store: undefined, shuffle: false, json: false, theme: 'dark', color: false, screenReader: false});
	expect(result).toEqual({finished: false});
	expect(stdout.written).toBe('');
});
