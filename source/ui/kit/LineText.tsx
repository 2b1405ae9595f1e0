import {Box, Text} from 'ink';
import {sanitize} from '../../core/text/sanitize.js';
import {osc8, safeHref} from '../../core/text/hyperlink.js';
import type {SegmentStyle} from '../../core/layout/types.js';
import {ImageRow} from './images.js';
import {textProps, type ThemeRole} from './theme.js';
import {useTheme} from './use-theme.js';

/** A layout segment whose role may also be one of the app's own (`key`, `hint`, `prompt` …). */
export type ThemedSegment = {
	readonly text: string;
	readonly style: Omit<SegmentStyle, 'role'> & {readonly role?: ThemeRole};
};

/** A laid-out line; a layout `Line` is one. */
export type ThemedLine = readonly ThemedSegment[];

type Props = {
	/** One laid-out line; it already fits the width. */
	readonly line: ThemedLine;
	/**
	Draw links as OSC 8 hyperlinks. Without them the layout has already put the
	URL after the link text (`linkUrls`), so it takes its share of the width.
	*/
	readonly hyperlinks: boolean;
};

type SegmentProps = {
	readonly segment: ThemedSegment;
	readonly hyperlinks: boolean;
};

function SegmentText({segment, hyperlinks}: SegmentProps) {
	const theme = useTheme();
	const {style} = segment;
	const role = theme.roles[style.role ?? 'text'];
	// The deck was sanitized when parsed; this is the last line of defence
	// before a string reaches the terminal (Ink passes OSC, BEL, CR through).
	const text = sanitize(segment.text);
	const href = safeHref(style.href);
	const props = textProps(role);
	const content = href !== undefined && hyperlinks ? osc8(href, text) : text;
	return (
		<Text
			{...props}
			bold={props.bold ?? style.bold}
			italic={props.italic ?? style.italic}
			underline={props.underline ?? style.underline}
			strikethrough={style.strike}
			dimColor={props.dimColor ?? style.dim}
			inverse={props.inverse ?? style.inverse}
		>
			{content}
		</Text>
	);
}

/** A laid-out line as Ink text: segment styles through the theme, links as OSC 8. */
export function LineText({line, hyperlinks}: Props) {
	// A row of a picture's cells, with the slide's margin before it and, beside a picture, text after it.
	const imageAt = line.findIndex(segment => segment.style.image !== undefined);
	if (imageAt !== -1) {
		const before = line.slice(0, imageAt);
		const after = line.slice(imageAt + 1);
		return (
			<Box flexDirection="row" flexShrink={0}>
				{before.length > 0 ? <LineText line={before} hyperlinks={hyperlinks}/> : undefined}
				<ImageRow cell={line[imageAt]!.style.image!}/>
				{after.length > 0 ? <LineText line={after} hyperlinks={hyperlinks}/> : undefined}
			</Box>
		);
	}

	if (line.length === 0) {
		// An empty <Text> has no height; a blank line must still take a row.
		return <Text aria-hidden> </Text>;
	}

	return (
		<Text wrap="truncate-end">
			{line.map((segment, index) => (
				<SegmentText
					// Segments have no identity beyond their place in the line.
					key={index}
					segment={segment}
					hyperlinks={hyperlinks}
				/>
			))}
		</Text>
	);
}
