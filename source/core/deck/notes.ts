/**
Speaker notes are Markdown too. They are kept as text in the model (the
transcript prints them as written); this reads them into blocks for the
screens that draw them, with the step each note belongs to.
*/
import {convertBlocks} from './blocks.js';
import {tokenize} from './markdown.js';
import type {Block, Slide} from './types.js';

export type Note = {
	/** The step (index into the slide's `steps`) the note belongs to. */
	readonly step: number;
	readonly blocks: readonly Block[];
};

const ignoreComments = {onComment: () => undefined};

/** The step a slide's note `index` belongs to. */
export const noteStep = (slide: Pick<Slide, 'noteSteps'>, index: number): number => slide.noteSteps?.[index] ?? 0;

export function parseNotes(slide: Pick<Slide, 'notes' | 'noteSteps'>): Note[] {
	return slide.notes.map((text, index) => {
		const tokens = tokenize(text);
		return {step: noteStep(slide, index), blocks: convertBlocks(tokens, 0, tokens.length, ignoreComments)};
	});
}
