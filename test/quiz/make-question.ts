import type {Question, QuestionKind} from '../../source/core/deck/types.js';

/** A question with `optionCount` options, of which `correct` are right. */
export function makeQuestion(id: string, kind: QuestionKind, correct: readonly number[] = [], optionCount = kind === 'card' ? 0 : 4, slide?: number): Question {
	return {
		id,
		prompt: `Prompt ${id}?`,
		kind,
		options: Array.from({length: optionCount}, (_, index) => ({
			text: `${id} option ${index}`,
			spans: [{text: `${id} option ${index}`, style: {}}],
			correct: correct.includes(index),
			feedback: [],
			line: index + 2,
		})),
		correct,
		explanation: [],
		...(slide === undefined ? {} : {slide}),
		line: 1,
	};
}
