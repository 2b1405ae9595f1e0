import {createHash} from 'node:crypto';
import type {Question} from './types.js';

/** A short hash of what a quiz asks, to tell when it changed since an attempt. */
export function hashQuiz(questions: readonly Question[]): string {
	const content = questions.map(question => [question.id, question.prompt, question.kind, question.options.map(option => [option.text, option.correct])]);
	return createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 16);
}
