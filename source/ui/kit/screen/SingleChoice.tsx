import {Box, Text} from 'ink';
import {useState} from 'react';
import {LineText} from '../LineText.js';
import {textProps} from '../theme.js';
import {useTheme} from '../use-theme.js';
import {followHighlight, openWindow, shownOptions, windowMarkers} from './choice-window.js';
import {type FittedChoices, MORE_ABOVE, MORE_BELOW} from './fit-screen.js';
import {type ChoiceOption, clipLines, pointerWidth} from './screen-lines.js';

type Props = {
	readonly choices: FittedChoices;
	/** The highlighted option (displayed position), as the quiz reducer moved it. */
	readonly highlight: number;
	readonly hyperlinks: boolean;
};

type ChoiceProps = {
	readonly option: ChoiceOption;
	readonly isSelected: boolean;
	readonly maxLines: number;
	readonly hyperlinks: boolean;
};

function Choice({option, isSelected, maxLines, hyperlinks}: ChoiceProps) {
	const lines = clipLines(option.lines(isSelected), maxLines, option.width);
	return (
		<Box aria-role="radio" aria-state={{selected: isSelected}}>
			{/* A fixed-width box: a Text's trailing space is trimmed, gluing the option to the pointer. */}
			<Box width={pointerWidth} flexShrink={0} aria-hidden>
				<LineText line={[{text: isSelected ? '❯' : ' ', style: {role: 'prompt'}}]} hyperlinks={false}/>
			</Box>
			<Box flexDirection="column">
				{lines.map((line, index) => (
					// Lines have no identity beyond their place.
					<LineText key={index} line={line} hyperlinks={hyperlinks}/>
				))}
			</Box>
		</Box>
	);
}

function Marker({text}: {readonly text: string}) {
	const theme = useTheme();
	return <Text {...textProps(theme.roles.muted)}>{text}</Text>;
}

/**
A single-choice question's options, `limit` of them at a time, with markers
where some are out of view. The highlight is the quiz reducer's, moved by its
keymap (↑↓, j/k), so keys that arrive together in one read each count; the
window here only follows it.
*/
export function SingleChoice({choices, highlight, hyperlinks}: Props) {
	const {options, limit, maxLines} = choices;
	const count = options.length;
	const [window, setWindow] = useState(() => openWindow(highlight, limit, count));
	// The window follows the highlight as it moves, remembered between renders.
	const shown = window.highlight === highlight ? window : followHighlight(window, highlight, limit, count);
	if (shown !== window) {
		setWindow(shown);
	}

	const {above, below} = windowMarkers(shown, limit, count);
	return (
		<Box flexDirection="column" aria-role="radiogroup">
			{above ? <Marker text={MORE_ABOVE}/> : undefined}
			{shownOptions(shown, limit, count).map(position => {
				const option = options[position];
				return option ? <Choice key={option.label} option={option} isSelected={position === highlight} maxLines={maxLines} hyperlinks={hyperlinks}/> : undefined;
			})}
			{below ? <Marker text={MORE_BELOW}/> : undefined}
		</Box>
	);
}
