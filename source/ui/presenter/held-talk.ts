/**
What a console keeps of the talk it follows, so that a slideshow that went
away mid-talk (killed, crashed, its terminal closed) can be given it back:
the last state heard, held once the slideshow has gone without finishing, and
offered to the next slideshow of the deck if that one opens afresh. Pure: the
link (use-presenter-link.ts) calls these as messages arrive.
*/
import type {ShowState} from '../../core/protocol/protocol.js';
import type {TalkCopy} from '../../core/records/talk-record.js';
import {talkCopyOf} from '../../core/show/talk-copy.js';

export type HeldTalk = {
	/**
	`following`: the slideshow is there; `held`: it went away mid-talk;
	`offering`: a new one said hello, and its first state decides.
	*/
	readonly phase: 'following' | 'held' | 'offering';
	readonly show: ShowState;
	/** When the state was heard (epoch ms): the copy's age against the store's. */
	readonly heardAt: number;
	/** Of the deck version the slideshow showed: its slides are what `show` counts. */
	readonly fingerprint: string;
};

export const heldTalk = {
	/** A state from the slideshow followed now. */
	heard: (show: ShowState, heardAt: number, fingerprint: string): HeldTalk => ({phase: 'following', show, heardAt, fingerprint}),
	/** The slideshow went away, not from its end screen. */
	lost: (talk: HeldTalk | undefined): HeldTalk | undefined => (talk && {...talk, phase: 'held'}),
	/** A slideshow said hello: a held talk waits for its first state; one followed (a reloaded deck's new hello) goes on. */
	greeted: (talk: HeldTalk | undefined): HeldTalk | undefined => (talk?.phase === 'held' ? {...talk, phase: 'offering'} : talk),
};

/** A show that has not moved: its opening slide, the timer waiting. */
const fresh = (show: ShowState): boolean => show.slide === 0 && show.step === 0 && !show.atEnd && show.timer.state === 'idle';

/**
The copy to offer a new slideshow whose first state is `show`: only if it
opened afresh (one that picked the talk up itself, or opened where it was told,
needs none), and only if the held state was of the deck version this console
reads, whose slugs name its slides.
*/
export function talkToOffer(talk: HeldTalk | undefined, show: ShowState, deck: {readonly fingerprint: string; readonly slugs?: readonly string[]}): TalkCopy | undefined {
	if (talk?.phase !== 'offering' || !fresh(show) || !deck.slugs || talk.fingerprint !== deck.fingerprint) {
		return undefined;
	}

	return talkCopyOf(talk.show, deck.slugs, talk.heardAt);
}
