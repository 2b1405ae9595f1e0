import {describe, expect, it} from 'vitest';
import {decodeMessage, encodeMessage, type ShowState} from '../../source/core/protocol/protocol.js';
import {talkCopyOf} from '../../source/core/show/talk-copy.js';
import {heldTalk, talkToOffer} from '../../source/ui/presenter/held-talk.js';

const slugs = ['welcome', 'why-now', 'numbers'];
const show: ShowState = {slide: 2, step: 0, page: 0, pageCount: 1, atEnd: false, blackout: false, timer: {state: 'running', since: 5000, banked: 0}, slideStartedMs: 60_000, pacedFrom: 1};
const opening: ShowState = {slide: 0, step: 0, page: 0, pageCount: 1, atEnd: false, blackout: false, timer: {state: 'idle'}, slideStartedMs: 0, pacedFrom: 0};
const deck = {fingerprint: 'f1', slugs};

describe('a console\'s copy of the talk, on the channel', () => {
	it('goes as a talk message and comes back the same', () => {
		const talk = talkCopyOf(show, slugs, 90_000);
		expect(decodeMessage(encodeMessage({v: 1, type: 'talk', talk}).trim())).toEqual({ok: true, message: {v: 1, type: 'talk', talk}});
	});

	it('is refused, saying which fields are wrong, when anything is off', () => {
		const talk = talkCopyOf(show, slugs, 90_000);
		expect(decodeMessage(JSON.stringify({v: 1, type: 'talk', talk: {...talk, timer: {state: 'running'}, slideNumber: 0}}))).toEqual({
			ok: false,
			reason: 'a talk that is not valid (slideNumber should be a slide number from 1; timer should be an idle, running or paused timer)',
		});
		expect(decodeMessage(JSON.stringify({v: 1, type: 'talk'}))).toMatchObject({ok: false});
		expect(decodeMessage(JSON.stringify({v: 2, type: 'talk', talk}))).toMatchObject({ok: false});
	});

	it('r is a command a console may send', () => {
		expect(decodeMessage('{"v":1,"type":"command","command":"resume"}')).toEqual({ok: true, message: {v: 1, type: 'command', command: 'resume'}});
	});
});

describe('what a console holds of the talk', () => {
	it('offers the talk of a slideshow that went away to the next one that opens afresh', () => {
		const talk = heldTalk.greeted(heldTalk.lost(heldTalk.heard(show, 90_000, 'f1')));
		expect(talkToOffer(talk, opening, deck)).toEqual(talkCopyOf(show, slugs, 90_000));
	});

	it('offers nothing while it follows, to one that opened elsewhere, or for a deck version it cannot name', () => {
		const following = heldTalk.heard(show, 90_000, 'f1');
		// A second hello on the same connection is a reloaded deck, not a new slideshow.
		expect(talkToOffer(heldTalk.greeted(following), opening, deck)).toBeUndefined();
		const offering = heldTalk.greeted(heldTalk.lost(following));
		// It picked the talk up itself, or was told where to open.
		expect(talkToOffer(offering, show, deck)).toBeUndefined();
		expect(talkToOffer(offering, {...opening, slide: 1}, deck)).toBeUndefined();
		// The talk was of another version of the deck than this console reads.
		expect(talkToOffer(offering, opening, {fingerprint: 'f2', slugs})).toBeUndefined();
		expect(talkToOffer(undefined, opening, deck)).toBeUndefined();
	});
});
