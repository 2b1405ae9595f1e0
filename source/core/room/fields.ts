/**
What a show of hands counts for one question. Every field has a label the
presenter types to fill it in (`A 7 Enter`) and the room reads on screen.
*/
import {optionLetter} from '../text/option-letter.js';
import type {PresentedQuestion} from '../quiz/shuffle.js';

/**
- `option`: hands for one option of a choice question (by displayed position);
- `people`: how many people were voting on a choose-all question, whose hands
  can go up for several options, so they do not add up to the room;
- `knew` / `not-yet`: a card's hands after its answer is shown.
*/
export type CountFieldKind = 'option' | 'people' | 'knew' | 'not-yet';

export type CountField = {
	readonly kind: CountFieldKind;
	/** The displayed option position of an `option` field. */
	readonly position?: number;
	/** `A`, `B` … for options and card verdicts, `#` for the head count. */
	readonly label: string;
	/** What the field counts, in words: `Knew it`, `People voting`. The option's own text for an option. */
	readonly name?: string;
};

/** The head-count field of a choose-all question. */
const PEOPLE_LABEL = '#';

/** The fields of a question as shown: one per option, then the head count (choose-all); a card's two verdicts. */
export function countFields({question, order}: PresentedQuestion): CountField[] {
	if (question.kind === 'card') {
		return [
			{kind: 'knew', label: 'A', name: 'Knew it'},
			{kind: 'not-yet', label: 'B', name: 'Not yet'},
		];
	}

	const options = order.map((_, position): CountField => ({kind: 'option', position, label: optionLetter(position)}));
	return question.kind === 'multiple' ? [...options, {kind: 'people', label: PEOPLE_LABEL, name: 'People voting'}] : options;
}

/** The field a typed key names (a letter in either case, or `#`), if any. */
export function fieldForKey(fields: readonly CountField[], token: string): number | undefined {
	if (token.length !== 1) {
		return undefined;
	}

	const index = fields.findIndex(field => field.label === token.toUpperCase());
	return index === -1 ? undefined : index;
}
