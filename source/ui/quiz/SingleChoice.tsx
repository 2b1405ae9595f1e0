import {Box, Text} from 'ink';
import SelectInput, {type IndicatorProps, type ItemProps} from 'ink-select-input';
import {createContext, useCallback, useContext, useMemo, useState} from 'react';
import {LineText} from '../LineText.js';
import {textProps} from '../theme.js';
import {useTheme} from '../use-theme.js';
import {followHighlight, openWindow, windowMarkers} from './choice-window.js';
import {type FittedChoices, MORE_ABOVE, MORE_BELOW} from './fit-screen.js';
import {type ChoiceOption, clipLines, pointerWidth} from './screen-lines.js';

type Props = {
	readonly choices: FittedChoices;
	/** The option highlighted when the list opens (the select is remounted when its limit changes). */
	readonly highlight: number;
	/** The select reads keys: the question is being asked and nothing covers it. */
	readonly isFocused: boolean;
	readonly hyperlinks: boolean;
	/** The select moved the highlight to this option (displayed position). */
	readonly onHighlight: (option: number) => void;
};

type Drawn = {
	readonly options: ReadonlyMap<string, ChoiceOption>;
	readonly maxLines: number;
	readonly hyperlinks: boolean;
};

// ink-select-input hands its item component the label and isSelected only, so
// the option to draw for a label comes through this context.
const DrawnOptions = createContext<Drawn>({options: new Map(), maxLines: 1, hyperlinks: false});

function Choice({label, isSelected = false}: ItemProps) {
	const {options, maxLines, hyperlinks} = useContext(DrawnOptions);
	const option = options.get(label);
	if (!option) {
		return null;
	}

	const lines = clipLines(option.lines(isSelected), maxLines, option.width);
	return (
		<Box flexDirection="column" aria-role="radio" aria-state={{selected: isSelected}}>
			{lines.map((line, index) => (
				// Lines have no identity beyond their place.
				<LineText key={index} line={line} hyperlinks={hyperlinks}/>
			))}
		</Box>
	);
}

function Pointer({isSelected = false}: IndicatorProps) {
	// A fixed-width box: a Text's trailing space is trimmed, gluing the option to the pointer.
	return (
		<Box width={pointerWidth} flexShrink={0} aria-hidden>
			<LineText line={[{text: isSelected ? '❯' : ' ', style: {role: 'prompt'}}]} hyperlinks={false}/>
		</Box>
	);
}

function Marker({text}: {readonly text: string}) {
	const theme = useTheme();
	return <Text {...textProps(theme.roles.muted)}>{text}</Text>;
}

/**
A single-choice question's options in ink-select-input, `limit` of them at a
time, with markers where some are out of view. The select moves the highlight
(↑↓, j/k); digits, letters and Enter are the quiz keymap's (see quiz-keymap.ts).
*/
export function SingleChoice({choices, highlight, isFocused, hyperlinks, onHighlight}: Props) {
	const {options, limit, maxLines} = choices;
	const count = options.length;
	const [window, setWindow] = useState(() => openWindow(highlight, limit, count));
	const items = useMemo(() => options.map((option, position) => ({key: option.label, label: option.label, value: position})), [options]);
	const drawn = useMemo<Drawn>(() => ({options: new Map(options.map(option => [option.label, option])), maxLines, hyperlinks}), [options, maxLines, hyperlinks]);
	const handleHighlight = useCallback((item: {readonly value: number}) => {
		setWindow(current => followHighlight(current, item.value, limit, count));
		onHighlight(item.value);
	}, [limit, count, onHighlight]);
	const {above, below} = windowMarkers(window, limit, count);
	return (
		<Box flexDirection="column" aria-role="radiogroup">
			{above ? <Marker text={MORE_ABOVE}/> : undefined}
			<DrawnOptions value={drawn}>
				<SelectInput
					// The select resets its highlight only when item values change, and
					// every four-option question has the values 0–3: a new question must
					// start on its first option.
					key={choices.id}
					items={items}
					isFocused={isFocused}
					initialIndex={highlight}
					limit={limit}
					indicatorComponent={Pointer}
					itemComponent={Choice}
					onHighlight={handleHighlight}
				/>
			</DrawnOptions>
			{below ? <Marker text={MORE_BELOW}/> : undefined}
		</Box>
	);
}
