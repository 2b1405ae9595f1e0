import {Text} from 'ink';
import {sanitize} from '../../core/text/sanitize.js';
import {textProps, type ThemeRole} from '../kit/theme.js';
import {useTheme} from '../kit/use-theme.js';

type Props = {
	readonly text: string;
	readonly role: ThemeRole;
};

/** The line above the footer: the search prompt, a search result, the resume hint. */
export function StatusLine({text, role}: Props) {
	const theme = useTheme();
	return (
		<Text {...textProps(theme.roles[role])} wrap="truncate-end" aria-hidden={text === ''}>
			{text === '' ? ' ' : sanitize(text)}
		</Text>
	);
}
