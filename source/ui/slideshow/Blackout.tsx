import {Box} from 'ink';
import {useTheme} from '../kit/use-theme.js';

type Props = {
	readonly width: number;
	readonly height: number;
};

/** An empty screen, to take the audience's eyes off the slides. Any key returns. */
export function Blackout({width, height}: Props) {
	const theme = useTheme();
	return (
		<Box
			width={width}
			height={height}
			backgroundColor={theme.roles.blackout.backgroundColor}
			aria-label="Screen blanked. Press any key to return."
		/>
	);
}
