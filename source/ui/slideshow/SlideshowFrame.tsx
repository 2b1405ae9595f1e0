import {Box} from 'ink';
import type {ReactNode} from 'react';
import {marginTop} from './slideshow-layout.js';
import type {Status} from './slideshow-status.js';
import {StatusLine} from './StatusLine.js';

type Props = {
	readonly columns: number;
	readonly rows: number;
	readonly bodyHeight: number;
	readonly status: Status;
	/** The footer line, when it is on. */
	readonly footer?: ReactNode;
	/** The body: the slide, an overlay or the end screen. */
	readonly children: ReactNode;
};

/** The slideshow's frame: the body centred under a blank line, then the status line and the footer. */
export function SlideshowFrame({columns, rows, bodyHeight, status, footer, children}: Props) {
	return (
		<Box flexDirection="column" width={columns} height={rows} overflow="hidden">
			<Box flexDirection="column" alignItems="center" height={bodyHeight + marginTop} paddingTop={marginTop} overflow="hidden">
				{children}
			</Box>
			<Box paddingX={2} width={columns}>
				<StatusLine text={status.text} role={status.role}/>
			</Box>
			{footer === undefined ? undefined : (
				<Box paddingX={2} width={columns}>
					{footer}
				</Box>
			)}
		</Box>
	);
}
