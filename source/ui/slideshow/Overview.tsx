import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import type {Dispatch} from 'react';
import type {Slide} from '../../deck/types.js';
import {sanitize} from '../../text/sanitize.js';
import {textProps} from '../theme.js';
import {useTheme} from '../use-theme.js';
import {Overlay} from './Overlay.js';
import type {SlideshowAction, SlideshowContext} from './slideshow-state.js';
import {useSlideshowKeys} from './use-slideshow-keys.js';

type Props = {
	readonly slides: readonly Slide[];
	/** 0-based slide shown now: the list opens on it. */
	readonly current: number;
	readonly width: number;
	readonly height: number;
	readonly isFocused: boolean;
	/** Receives the picked slide, and the overview's own keys (Esc, o, q). */
	readonly dispatch: Dispatch<SlideshowAction>;
	readonly context: SlideshowContext;
};

type ItemProps = {readonly isSelected?: boolean; readonly label: string};

function OverviewItem({isSelected = false, label}: ItemProps) {
	const theme = useTheme();
	return (
		<Text {...textProps(isSelected ? theme.roles.selected : theme.roles.text)} wrap="truncate-end">
			{label}
		</Text>
	);
}

function OverviewIndicator({isSelected = false}: {readonly isSelected?: boolean}) {
	const theme = useTheme();
	// A fixed-width box: a Text's trailing space is trimmed, gluing the marker to the number.
	return (
		<Box width={2} flexShrink={0}>
			<Text {...textProps(theme.roles.accent)}>{isSelected ? '›' : ' '}</Text>
		</Box>
	);
}

const chrome = 4;

/** Every slide as "N  title"; pick one to go there. */
export function Overview({slides, current, width, height, isFocused, dispatch, context}: Props) {
	// SelectInput reads arrows, digits and Enter; this reads the keymap's overview keys.
	useSlideshowKeys(dispatch, context, {isActive: isFocused, overlay: 'overview'});
	const items = slides.map((slide, index) => ({
		key: String(index),
		label: `${String(index + 1).padStart(String(slides.length).length)}  ${sanitize(slide.title) || '(untitled)'}`,
		value: index,
	}));
	return (
		<Overlay
			title="Slides"
			width={width}
			height={height}
			footnote="↑↓ choose · Enter go · 1–9 go at once · Esc close"
		>
			<SelectInput
				// A fresh list each time it opens, highlighted on the current slide.
				key={`overview-${current}`}
				items={items}
				initialIndex={Math.min(current, Math.max(0, items.length - 1))}
				limit={Math.max(1, height - chrome)}
				isFocused={isFocused}
				itemComponent={OverviewItem}
				indicatorComponent={OverviewIndicator}
				onSelect={item => {
					dispatch({type: 'pick', slide: item.value, context});
				}}
			/>
		</Overlay>
	);
}
