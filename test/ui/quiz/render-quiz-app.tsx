import {render} from 'ink-testing-library';
import {themes} from '../../../source/ui/kit/theme.js';
import {ThemeContext} from '../../../source/ui/kit/use-theme.js';
import {QuizApp, type QuizAppProps, type QuizRunResult} from '../../../source/ui/quiz/QuizApp.js';

/** The quiz app as the screen tests draw it: no colours, and what it finished with kept for the test to read. */
export function renderQuizApp(props: Omit<QuizAppProps, 'onDone'>) {
	let result: QuizRunResult | undefined;
	const instance = render(
		<ThemeContext value={themes.none}>
			<QuizApp
				{...props}
				onDone={done => {
					result = done;
				}}
			/>
		</ThemeContext>,
	);
	return {instance, result: (): QuizRunResult | undefined => result};
}
