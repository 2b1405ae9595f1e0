import {Box} from 'ink';
import type {ReactNode} from 'react';
import {gap, type SideBySide} from '../kit/panes/split.js';

type Props = {
	readonly split: SideBySide;
	/** The slide (or the end screen), clipped to its box. */
	readonly children: ReactNode;
	/** The presenter panel, as tall and wide as its box. */
	readonly panel: ReactNode;
};

/** The slide with the presenter panel beside it, or under it on a narrow terminal. */
export function PanelSplit({split, children, panel}: Props) {
	return (
		<Box flexDirection={split.direction} columnGap={gap}>
			<Box width={split.slide.width} height={split.slide.height} flexDirection="column" overflow="hidden">
				{children}
			</Box>
			{panel}
		</Box>
	);
}
