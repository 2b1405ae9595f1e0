import {Text} from 'ink';
import {textProps} from '../theme.js';
import {type Clock, formatElapsed, useElapsed} from '../use-elapsed.js';
import {useTheme} from '../use-theme.js';

type Props = {
	readonly clock: Clock;
	/** When the talk started, by `clock`. */
	readonly since: number;
	/** Milliseconds between updates. */
	readonly interval?: number;
};

/** The talk's running time. Its own component, so the tick re-renders only this text. */
export function Elapsed({clock, since, interval}: Props) {
	const theme = useTheme();
	const elapsed = useElapsed(clock, since, interval);
	return <Text {...textProps(theme.roles.footer)}>{formatElapsed(elapsed)}</Text>;
}
