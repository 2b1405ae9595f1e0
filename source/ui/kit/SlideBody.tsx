import {Box, Text, useIsScreenReaderEnabled} from 'ink';
import {sanitize} from '../../core/text/sanitize.js';
import type {Page} from '../../core/layout/index.js';
import {LineText} from './LineText.js';

type Props = {
	readonly page: Page;
	readonly width: number;
	readonly hyperlinks: boolean;
	/** For screen readers: "slide 3 of 10" and the title, said before the body. */
	readonly label: string;
	readonly notes: readonly string[];
};

/**
One page of a slide, as laid out. Screen readers also get the slide's place
and its speaker notes, which are not drawn on screen.
*/
export function SlideBody({page, width, hyperlinks, label, notes}: Props) {
	const isScreenReaderEnabled = useIsScreenReaderEnabled();
	return (
		<Box flexDirection="column" width={width}>
			{isScreenReaderEnabled ? <Text>{sanitize(label)}</Text> : undefined}
			<Box flexDirection="column" width={width}>
				{page.lines.map((line, index) => (
					// Lines have no identity beyond their place on the page.
					<LineText key={index} line={line} hyperlinks={hyperlinks}/>
				))}
			</Box>
			{isScreenReaderEnabled && notes.length > 0 ? (
				// One text: the line breaks of the source would break it where the screen does not.
				<Text>{sanitize(`Notes: ${notes.join(' ')}`).replaceAll(/\s+/g, ' ')}</Text>
			) : undefined}
		</Box>
	);
}
