import {Box} from 'ink';
import {useMemo} from 'react';
import type {Block, Span} from '../../deck/types.js';
import {layoutBlocks, type SegmentStyle, wrapSpans} from '../layout/index.js';
import {LineText} from '../LineText.js';

type BlocksProps = {
	readonly blocks: readonly Block[];
	readonly width: number;
	readonly hyperlinks: boolean;
};

/** Deck blocks (an explanation, an option's feedback) laid out by the slide layout. */
export function Blocks({blocks, width, hyperlinks}: BlocksProps) {
	const lines = useMemo(() => layoutBlocks(blocks, width, {linkUrls: !hyperlinks}), [blocks, width, hyperlinks]);
	return (
		<Box flexDirection="column">
			{lines.map((line, index) => (
				// Lines have no identity beyond their place.
				<LineText key={index} line={line} hyperlinks={hyperlinks}/>
			))}
		</Box>
	);
}

type SpansProps = {
	readonly spans: readonly Span[];
	readonly width: number;
	readonly hyperlinks: boolean;
	readonly style?: SegmentStyle;
};

/** Inline text (a prompt, an option) wrapped by the layout and drawn through LineText. */
export function Spans({spans, width, hyperlinks, style}: SpansProps) {
	const lines = useMemo(() => wrapSpans(spans, Math.max(1, width), style, {linkUrls: !hyperlinks}), [spans, width, style, hyperlinks]);
	return (
		<Box flexDirection="column">
			{lines.map((line, index) => (
				<LineText key={index} line={line} hyperlinks={hyperlinks}/>
			))}
		</Box>
	);
}

/** A plain deck string as one span. */
export const plain = (text: string): readonly Span[] => [{text, style: {}}];
