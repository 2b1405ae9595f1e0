import {render} from 'ink';
import {afterEach, expect, it} from 'vitest';
import {themes} from '../../../source/ui/kit/theme.js';
import {QuizApp} from '../../../source/ui/quiz/QuizApp.js';
import {quizAppProps} from '../../../source/commands/shared/quiz-app-props.js';
import {ThemeContext} from '../../../source/ui/kit/use-theme.js';
import {frameMatching, readingKeys} from '../../helpers/frames.js';
import {FakeInput, FakeOutput} from './fake-terminal.js';
import {deck} from './fixture.js';

let unmount: (() => void) | undefined;
afterEach(() => {
	unmount?.();
});

it('labels the question, its place, the options and the result for screen readers', async () => {
	const stdout = new FakeOutput();
	const stdin = new FakeInput();
	const props = quizAppProps(deck, {store: undefined, seed: 7, shuffle: false, json: false, theme: 'dark', color: false, screenReader: true, hyperlinks: false, now: () => 0});
	const instance = render(
		<ThemeContext value={themes.none}><QuizApp {...props} onDone={() => {}}/></ThemeContext>,
		{stdout: stdout as unknown as NodeJS.WriteStream, stdin: stdin as unknown as NodeJS.ReadStream, isScreenReaderEnabled: true, patchConsole: false, exitOnCtrlC: false},
	);
	unmount = instance.unmount;
	const screen = {stdin, lastFrame: () => stdout.written};
	await readingKeys(screen);
	stdin.type('\r');
	await frameMatching(screen, 'Question 1 of 3 · 0 right so far');
	expect(stdout.written).toContain('Question: What is the capital of France?');
	expect(stdout.written).toMatch(/radio: \(selected\) /);
	const before = stdout.written;
	stdin.type('1');
	expect((await frameMatching(screen, written => /Result: (right|wrong)/.test(written.slice(before.length)))).slice(before.length)).toMatch(/Result: (right|wrong)/);
});
