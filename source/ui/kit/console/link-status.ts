import {deckWords} from '../../../core/text/shell-word.js';

/** How the console gets the show's state: that is all the screen needs to know about it. */
export type LinkStatus =
	/** `--solo`: the console is its own show; `rehearsing` with `--rehearse`, which times each slide. */
	| {readonly kind: 'solo'; readonly rehearsing?: boolean}
	/** `otherVersion`: the screen followed shows a different version of the deck file. */
	| {readonly kind: 'following'; readonly screen: 'slideshow' | 'room'; readonly otherVersion: boolean}
	/**
	`lost`: a slideshow (or a room quiz, `screen`) was followed and has gone;
	`finished`: it went from its end (the end screen, or the room's summary),
	so it closed as planned rather than went missing.
	*/
	| {readonly kind: 'waiting'; readonly lost: boolean; readonly finished?: boolean; readonly screen?: 'slideshow' | 'room'}
	/** The channel cannot be used at all (a directory that is not private, say). */
	| {readonly kind: 'unavailable'; readonly reason: string};

/** The header's word on the link, and what to do about it for the line at the bottom. */
export const describeLink = (link: LinkStatus, deckArgument: string | undefined): {header: string; detail?: string; warn: boolean} => {
	switch (link.kind) {
		case 'solo': {
			// Only a run that is timed and kept is a rehearsal; otherwise this is the console with no slideshow.
			return link.rehearsing ? {header: 'Solo rehearsal: timing each slide', warn: false} : {header: 'On its own: no slideshow', warn: false};
		}

		case 'following': {
			const header = link.screen === 'room' ? 'Following the room quiz' : 'Following the slideshow';
			const detail = link.screen === 'room'
				? 'The room quiz runs another version of this deck: restart it or this console'
				: 'The slideshow shows another version of this deck: restart it or this console';
			return link.otherVersion ? {header, detail, warn: true} : {header, warn: false};
		}

		case 'waiting': {
			const start = `Start \`briefing-deck${deckWords(deckArgument)}\` in another terminal, or use --solo`;
			const screen = link.screen === 'room' ? 'room quiz' : 'slideshow';
			if (link.lost && link.finished) {
				// From the end screen a slideshow hands its terminal to the quiz: nothing is wrong.
				const after = link.screen === 'room' ? 'Start it again, or a slideshow of this deck, to follow it' : 'Its terminal may be running the quiz now; a slideshow or room quiz of this deck is followed when it starts';
				return {header: `The ${screen} has finished`, detail: after, warn: true};
			}

			return link.lost
				? {header: `The ${screen} has gone: waiting for it`, detail: start, warn: true}
				: {header: 'No slideshow of this deck yet: waiting', detail: start, warn: true};
		}

		case 'unavailable': {
			return {header: 'Cannot reach a slideshow', detail: link.reason, warn: true};
		}
	}
};
