import {Box, type Key} from 'ink';
import SelectInput, {type IndicatorProps, type ItemProps} from 'ink-select-input';
import {createContext, type Dispatch, useCallback, useContext, useMemo} from 'react';
import type {QuizOption} from '../../deck/types.js';
import type {PresentedQuestion} from '../../quiz/shuffle.js';
import {OptionRow} from './OptionRow.js';
import {optionLabel} from './quiz-keymap.js';
import type {QuizScreenAction, QuizScreenContext} from './quiz-screen-state.js';
import {useQuizKeys} from './use-quiz-keys.js';

type Props = {
	readonly presented: PresentedQuestion;
	readonly isActive: boolean;
	readonly width: number;
	readonly hyperlinks: boolean;
	readonly dispatch: Dispatch<QuizScreenAction>;
	readonly context: QuizScreenContext;
	readonly now: () => number;
};

type Shown = {
	readonly options: ReadonlyMap<string, {readonly option: QuizOption; readonly position: number}>;
	readonly width: number;
	readonly hyperlinks: boolean;
};

// ink-select-input hands its item component only a label, so the option to
// draw for that label comes through this context.
const ShownOptions = createContext<Shown>({options: new Map(), width: 1, hyperlinks: false});

function Item({label, isSelected = false}: ItemProps) {
	const {options, width, hyperlinks} = useContext(ShownOptions);
	const shown = options.get(label);
	return shown ? <OptionRow option={shown.option} position={shown.position} highlighted={isSelected} width={width} hyperlinks={hyperlinks}/> : null;
}

// The pointer is drawn by OptionRow, in the theme's colours.
function NoIndicator(_props: IndicatorProps) {
	return null;
}

/** Keys ink-select-input reads itself (see `useQuizKeys`'s `skip`). */
const isSelectInputKey = (input: string, key: Key): boolean =>
	key.upArrow || key.downArrow || key.return || /^[1-9jk]$/.test(input);

/** A single-choice question: arrows and Enter, or a digit or letter to answer at once. */
export function SingleChoice({presented, isActive, width, hyperlinks, dispatch, context, now}: Props) {
	const {question, order} = presented;
	const items = useMemo(() => order.map((_, position) => ({key: String(position), label: optionLabel(position), value: position})), [order]);
	const shown = useMemo<Shown>(() => ({
		options: new Map(order.flatMap((original, position) => {
			const option = question.options[original];
			return option ? [[optionLabel(position), {option, position}] as const] : [];
		})),
		width,
		hyperlinks,
	}), [question, order, width, hyperlinks]);
	const onSelect = useCallback((item: {value: number}) => {
		dispatch({type: 'select', option: item.value, now: now()});
	}, [dispatch, now]);
	// Letters, q and Ctrl+C; the select owns the rest.
	useQuizKeys(dispatch, context, {isActive, now, skip: isSelectInputKey});
	return (
		<Box flexDirection="column" aria-role="radiogroup">
			<ShownOptions value={shown}>
				<SelectInput
					// A new question must start with the first option highlighted;
					// the select only resets when its item values change.
					key={question.id}
					items={items}
					isFocused={isActive}
					itemComponent={Item}
					indicatorComponent={NoIndicator}
					onSelect={onSelect}
				/>
			</ShownOptions>
		</Box>
	);
}
