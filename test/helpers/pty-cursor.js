// @ts-check
/*
Whether a program has hidden the cursor (DECTCEM), tracked through xterm's
parser: xterm keeps the mode internally but its public `modes` leave it out.
*/

/**
Registers the handlers on `terminal` and returns whether the cursor is hidden
now. Each handler returns false, so xterm handles the sequence too.
@param {import('@xterm/headless').Terminal} terminal
@returns {() => boolean}
*/
export function trackCursor(terminal) {
	let hidden = false;
	/** @param {ReadonlyArray<number | number[]>} params */
	const hasCursorMode = params => params.includes(25);
	terminal.parser.registerCsiHandler({prefix: '?', final: 'h'}, params => {
		if (hasCursorMode(params)) {
			hidden = false;
		}

		return false;
	});
	terminal.parser.registerCsiHandler({prefix: '?', final: 'l'}, params => {
		if (hasCursorMode(params)) {
			hidden = true;
		}

		return false;
	});
	// A full reset (RIS) or soft reset (DECSTR) shows the cursor again.
	terminal.parser.registerEscHandler({final: 'c'}, () => {
		hidden = false;
		return false;
	});
	terminal.parser.registerCsiHandler({intermediates: '!', final: 'p'}, () => {
		hidden = false;
		return false;
	});
	return () => hidden;
}
