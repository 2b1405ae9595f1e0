import {Box, Text} from 'ink';
import type {QuizOption} from '../../deck/types.js';
import {displayWidth} from '../layout/index.js';
import {textProps} from '../theme.js';
import {useTheme} from '../use-theme.js';
import {Spans} from './Blocks.js';
import {optionLabel} from './quiz-keymap.js';

type Props = {
	readonly option: QuizOption;
	/** Displayed position, which names the option (`1 A`). */
	readonly position: number;
	readonly highlighted: boolean;
	/** Ticked, on a choose-all-that-apply question. */
	readonly checked?: boolean;
	readonly width: number;
	readonly hyperlinks: boolean;
};

// Wide enough for `9 ` and `1 A`, so option text lines up.
const labelWidth = 4;

/** One option: pointer, tick box (choose-all only), its number and letter, its text. */
export function OptionRow({option, position, highlighted, checked, width, hyperlinks}: Props) {
	const theme = useTheme();
	const label = optionLabel(position);
	const box = checked === undefined ? '' : checked ? '☑ ' : '☐ ';
	const textWidth = Math.max(1, width - 2 - displayWidth(box) - labelWidth);
	return (
		<Box
			aria-role={checked === undefined ? 'radio' : 'checkbox'}
			aria-state={checked === undefined ? {selected: highlighted} : {checked, selected: highlighted}}
		>
			<Text aria-hidden {...textProps(theme.roles.prompt)}>{highlighted ? '❯ ' : '  '}</Text>
			{box === '' ? undefined : <Text aria-hidden>{box}</Text>}
			<Box width={labelWidth} flexShrink={0}>
				<Text {...textProps(highlighted ? theme.roles.selected : theme.roles.key)}>{label}</Text>
			</Box>
			<Box width={textWidth}>
				<Spans spans={option.spans} width={textWidth} hyperlinks={hyperlinks}/>
			</Box>
		</Box>
	);
}
