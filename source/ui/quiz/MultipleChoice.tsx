import {Box, Text} from 'ink';
import type {PresentedQuestion} from '../../quiz/shuffle.js';
import {textProps} from '../theme.js';
import {useTheme} from '../use-theme.js';
import {OptionRow} from './OptionRow.js';

type Props = {
	readonly presented: PresentedQuestion;
	/** Ticked displayed positions. */
	readonly selected: readonly number[];
	readonly cursor: number;
	readonly width: number;
	readonly hyperlinks: boolean;
};

/** A choose-all-that-apply question: the options with tick boxes. Keys go through QuizApp's hook. */
export function MultipleChoice({presented, selected, cursor, width, hyperlinks}: Props) {
	const theme = useTheme();
	const {question, order} = presented;
	return (
		<Box flexDirection="column" aria-role="list" aria-state={{multiselectable: true}}>
			<Text {...textProps(theme.roles.hint)}>Choose all that apply.</Text>
			{order.map((original, position) => {
				const option = question.options[original];
				return option ? (
					<OptionRow
						key={original}
						option={option}
						position={position}
						highlighted={position === cursor}
						checked={selected.includes(position)}
						width={width}
						hyperlinks={hyperlinks}
					/>
				) : undefined;
			})}
		</Box>
	);
}
