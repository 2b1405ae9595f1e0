import {Box, Text} from 'ink';
import {LineText} from '../LineText.js';
import {textProps} from '../theme.js';
import {useTheme} from '../use-theme.js';
import {bodyWindow, type FittedScreen, MORE_ABOVE, MORE_BELOW} from './fit-screen.js';
import type {Section} from './screen-lines.js';
import {SingleChoice} from './SingleChoice.js';

type Props = {
	readonly fitted: FittedScreen;
	/** First body line to show; clamped to the body. */
	readonly scroll: number;
	readonly hyperlinks: boolean;
	/** The highlighted option of a choose-all or single-choice question. */
	readonly cursor: number;
};

type SectionProps = {
	readonly section: Section;
	readonly hyperlinks: boolean;
};

/** One section of a quiz screen: its lines, read by a screen reader as its label. */
export function SectionView({section, hyperlinks}: SectionProps) {
	return (
		<Box flexDirection="column" aria-label={section.label} aria-role={section.role} aria-state={section.state}>
			{section.lines.map((line, index) => (
				// Lines have no identity beyond their place.
				<LineText key={index} line={line} hyperlinks={hyperlinks}/>
			))}
		</Box>
	);
}

function Marker({text}: {readonly text: string}) {
	const theme = useTheme();
	return <Text {...textProps(theme.roles.muted)}>{text}</Text>;
}

/** The body sections cut to the lines `[start, end)`, keeping each section's labels. */
function visibleSections(body: readonly Section[], start: number, end: number): Section[] {
	const shown: Section[] = [];
	let line = 0;
	for (const section of body) {
		const from = Math.max(start, line);
		const to = Math.min(end, line + section.lines.length);
		if (from < to) {
			shown.push({...section, lines: section.lines.slice(from - line, to - line)});
		}

		line += section.lines.length;
	}

	return shown;
}

/** A quiz screen as fitted: header, the body's window with its markers, a single-choice question's options, footer. */
export function QuizFrame({fitted, scroll, hyperlinks, cursor}: Props) {
	const window = bodyWindow(fitted, scroll);
	const {choices} = fitted;
	const sections = visibleSections(fitted.body, window.start, window.end);
	return (
		<Box flexDirection="column">
			{fitted.header.map((section, index) => <SectionView key={`header ${index}`} section={section} hyperlinks={hyperlinks}/>)}
			{fitted.gaps ? <Text aria-hidden> </Text> : undefined}
			{window.above ? <Marker text={MORE_ABOVE}/> : undefined}
			{sections.map((section, index) => <SectionView key={`body ${index}`} section={section} hyperlinks={hyperlinks}/>)}
			{window.below ? <Marker text={MORE_BELOW}/> : undefined}
			{choices ? (
				<SingleChoice
					// A new window for each question, and when the limit changes on a resize, opened on the same highlight.
					key={`${choices.id} ${choices.limit}`}
					choices={choices}
					highlight={cursor}
					hyperlinks={hyperlinks}
				/>
			) : undefined}
			{fitted.gaps ? <Text aria-hidden> </Text> : undefined}
			{fitted.footer.map((section, index) => <SectionView key={`footer ${index}`} section={section} hyperlinks={hyperlinks}/>)}
		</Box>
	);
}
