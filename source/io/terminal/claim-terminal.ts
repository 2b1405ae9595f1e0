import process from 'node:process';
import {deckWords} from '../../core/text/shell-word.js';
import {colorForcedOff, settleColorLevel} from './color-level.js';

/**
Called once both ends are known to be a terminal, before Ink is loaded.

Raw mode from that moment: keys typed while the app loads then wait in the
terminal's buffer for the app, instead of being echoed (`^[[C`) onto the
screen. Node puts the terminal back in its original mode on exit, even if the
app never gets as far as restoring it.

Ink decides when it is imported whether it runs in CI (from `CI` and
`CONTINUOUS_INTEGRATION`), and then draws nothing until exit. A person at a
terminal who happens to have `CI` set would see a blank screen, so the
terminal check made here wins. Colour is settled here too (see
color-level.ts); returns whether to use it.
*/
export function claimTerminal(stdin: NodeJS.ReadStream, wantsColor: boolean): boolean {
	// FORCE_COLOR=0 asks for no colour; read it before chalk's level is settled below.
	const color = wantsColor && !colorForcedOff(process.env);
	stdin.setRawMode?.(true);
	for (const name of ['CI', 'CONTINUOUS_INTEGRATION']) {
		if (process.env[name] !== undefined) {
			process.env[name] = 'false';
		}
	}

	settleColorLevel(process.env);
	return color;
}

/** Why a screen cannot start; `deckArgument`, the deck as the command line named it, goes into the `print` it suggests. */
export const notInteractive = (what: string, deckArgument?: string) => `briefing-deck: ${what} needs a terminal for keys and screen, but ${'standard input or output is not one'}\n  hint: run it directly in a terminal, or use \`briefing-deck print${deckWords(deckArgument)}\` for text\n`;

/** For a full-screen app that can draw on the terminal itself (`/dev/tty`) when standard input or output is elsewhere, so needs one only to exist. */
export const noTerminal = (what: string, deckArgument?: string) => `briefing-deck: ${what} needs a terminal for keys and screen, and this process has none (no /dev/tty)\n  hint: run it from a terminal; its output can still go to a file or a pipe. \`briefing-deck print${deckWords(deckArgument)} --answers\` writes the quiz as text\n`;
