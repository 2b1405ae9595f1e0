import {Box, Text} from 'ink';
import type {ReactNode} from 'react';
import type {Deck} from '../../../core/deck/types.js';
import type {Page} from '../../../core/layout/index.js';
import {SlideBody} from '../SlideBody.js';
import {textProps} from '../theme.js';
import {useTheme} from '../use-theme.js';
import {slideReference} from '../../../core/text/format.js';
import {KeyHints} from './KeyHints.js';
import type {QuizScope} from '../../../core/keys/quiz-keys.js';

type Props = {
	readonly deck: Deck;
	/** 1-based. */
	readonly slide: number;
	readonly page: Page;
	/** What the slide is shown for: "Slide behind question 2", "Review 1 of 3". */
	readonly caption: string;
	readonly scope: Extract<QuizScope, 'slide' | 'replay'>;
	readonly width: number;
	readonly hyperlinks: boolean;
	/** The keys of the screen the slide is shown over, when they are not the quiz's (the room quiz has its own). */
	readonly hints?: ReactNode;
};

/** A slide with every step shown, over the quiz or while replaying the misses. */
export function SlideView({deck, slide, page, caption, scope, width, hyperlinks, hints}: Props) {
	const theme = useTheme();
	const label = `${caption}: ${slideReference(deck, slide)}`;
	return (
		<Box flexDirection="column" gap={1}>
			<Text {...textProps(theme.roles.muted)} wrap="truncate-end">{caption}</Text>
			<SlideBody page={page} width={width} hyperlinks={hyperlinks} label={label} notes={[]}/>
			{hints ?? <KeyHints scope={scope} include={command => command !== 'more' || page.more}/>}
		</Box>
	);
}
