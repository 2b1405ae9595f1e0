/** The commands a presenter console sends, run on the slideshow as if their keys were pressed here. */
import type {RemoteCommand} from '../protocol/protocol.js';
import {runCommand} from './slideshow-commands.js';
import type {SlideshowContext, SlideshowState} from './slideshow-types.js';

/** A console's command, read as if its key were pressed here with no overlay open. */
export const runRemote = (state: SlideshowState, command: RemoteCommand, count: number | undefined, context: SlideshowContext, now: number): SlideshowState => {
	if (state.outcome !== undefined) {
		return state;
	}

	// A command from the console is the presenter moving on, as a key here is: the note it was shown goes.
	const said = state.message === undefined && state.answer === undefined ? state : {...state, message: undefined, answer: undefined};
	// As with a key here, the first one after a blackout only brings the slide back.
	if (said.overlay === 'blackout') {
		return {...said, overlay: 'none'};
	}

	const ready = said.overlay === 'none' && said.pending.length === 0 ? said : {...said, overlay: 'none' as const, draft: '', pending: []};
	return runCommand(ready, command, count, context, now);
};
