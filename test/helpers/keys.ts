/**
Raw byte sequences a terminal sends for each key, as xterm (and so most
terminal emulators) encodes them in normal cursor-key mode. Tests write these
straight into a pseudo-terminal, so the app decodes them exactly as it would
from a person's keyboard.
*/
export const keys = {
	up: '\u001B[A',
	down: '\u001B[B',
	right: '\u001B[C',
	left: '\u001B[D',
	enter: '\r',
	escape: '\u001B',
	space: ' ',
	// Terminals send DEL, not BS (0x08), for the Backspace key.
	backspace: '\u007F',
	pageUp: '\u001B[5~',
	pageDown: '\u001B[6~',
	home: '\u001B[H',
	end: '\u001B[F',
	ctrlC: '\u0003',
	tab: '\t',
} as const;

export type KeyName = keyof typeof keys;

export const {
	up,
	down,
	right,
	left,
	enter,
	escape,
	space,
	backspace,
	pageUp,
	pageDown,
	home,
	end,
	ctrlC,
	tab,
} = keys;
