/**
The presenter console when the deck is read again: it asks for the file to be
read again once for each new version a slideshow announces, stops warning
when they match, keeps a solo console on the same slide, and says what is
wrong with the file on its bottom line.
*/
import {useState} from 'react';
import {describe, expect, it} from 'vitest';
import type {Deck} from '../../../source/core/deck/types.js';
import {deckFingerprint} from '../../../source/core/protocol/deck-info.js';
import type {Message} from '../../../source/core/protocol/protocol.js';
import {PresenterApp, type ShowSource} from '../../../source/ui/presenter/PresenterApp.js';
import {RoomConsole} from '../../../source/ui/room/RoomConsole.js';
import type {Connect} from '../../../source/ui/presenter/use-presenter-link.js';
import {frameMatching, press, readingKeys} from '../../helpers/frames.js';
import {right} from '../../helpers/keys.js';
import {giveItTimeToMisbehave, waitUntil} from '../../helpers/wait.js';
import {makeDeck, renderInTerminal, slide, unmountAfterEach} from '../helpers.js';

const keep = unmountAfterEach();

const before: Deck = makeDeck([slide(1, 'Opening', ['Hello']), slide(2, 'Plan', ['The plan']), slide(3, 'Close', ['Bye'])], {title: 'Talk'});
const after: Deck = makeDeck([slide(1, 'Opening', ['Hello']), slide(2, 'Agenda', ['New']), slide(3, 'Plan', ['The plan, reworded']), slide(4, 'Close', ['Bye'])], {title: 'Talk'});

/** Renders the console with a deck the test can swap, as the live deck does. */
async function open(source: ShowSource, banner?: string) {
	let swap: (deck: Deck) => void = () => undefined;
	let reloads = 0;
	function Harness() {
		const [deck, setDeck] = useState(before);
		swap = setDeck;
		return <PresenterApp roomConsole={RoomConsole} deck={deck} source={source} plan={{}} banner={banner} clock={() => 0} onOtherVersion={() => reloads++}/>;
	}

	const app = renderInTerminal(<Harness/>, {columns: 100, rows: 30});
	keep(app);
	await readingKeys(app);
	return {app, reloads: () => reloads, swap: (deck: Deck) => {
		swap(deck);
	}};
}

function channel() {
	let handlers: Parameters<Connect>[0] | undefined;
	const connect: Connect = given => {
		handlers = given;
		return {send: () => true, close() {}};
	};

	return {
		source: {kind: 'channel', connect, deck: {path: '/t.md'}, log() {}} satisfies ShowSource,
		say(message: Message) {
			handlers?.onMessage(message);
		},
	};
}

const hello = (deck: Deck): Message => ({v: 1, type: 'hello', deck: {path: '/t.md', slides: deck.slides.length, fingerprint: deckFingerprint(deck), budgets: []}});

describe('following a slideshow that reloads', () => {
	it('reads its own file again once per new version announced, and follows it', async () => {
		const link = channel();
		const {app, reloads, swap} = await open(link.source);
		link.say(hello(before));
		await frameMatching(app, 'Following the slideshow');
		// The same version: time in which a needless read of the file would be asked for.
		await giveItTimeToMisbehave();
		expect(reloads()).toBe(0);
		link.say(hello(after));
		await waitUntil(() => reloads() === 1, 'the file to be read again');
		await frameMatching(app, 'another version of this deck');
		link.say({v: 1, type: 'state', state: {slide: 2, step: 0, page: 0, pageCount: 1, atEnd: false, blackout: false, timer: {state: 'idle'}, slideStartedMs: 0, pacedFrom: 0}});
		await frameMatching(app, 'Now: slide 3/3');
		swap(after);
		await frameMatching(app, 'The plan, reworded');
		expect(app.lastFrame()).not.toContain('another version of this deck');
		expect(app.lastFrame()).toContain('Now: slide 3/4');
		expect(reloads()).toBe(1);
	});
});

describe('a solo console that reloads', () => {
	it('stays on the same slide, found by its slug, and shows the banner', async () => {
		const {app, swap} = await open({kind: 'solo'}, 'talk.md:3:1: error: broken · showing the last good version');
		await press(app, right);
		await frameMatching(app, 'Now: slide 2/3');
		expect(app.lastFrame()).toContain('talk.md:3:1: error: broken');
		swap(after);
		await frameMatching(app, 'The plan, reworded');
		expect(app.lastFrame()).toContain('Now: slide 3/4');
	});
});
