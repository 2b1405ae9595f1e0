import crypto from 'node:crypto';
import type {Deck} from '../deck/types.js';
import type {Budgets} from '../talk/budgets.js';
import type {DeckInfo} from './protocol.js';

/** Changes whenever the slides do: a console can tell that the slideshow shows another version of the file. */
export function deckFingerprint(deck: Pick<Deck, 'slides'>): string {
	return crypto.createHash('sha256').update(JSON.stringify(deck.slides)).digest('hex').slice(0, 16);
}

/** What a slideshow tells each console about its deck. */
export function deckInfo(deck: Deck, realPath: string, budgets: Budgets): DeckInfo {
	return {
		path: realPath,
		slides: deck.slides.length,
		fingerprint: deckFingerprint(deck),
		budgets: budgets.map(seconds => seconds ?? null),
		...(deck.meta.duration === undefined ? {} : {durationSeconds: deck.meta.duration * 60}),
	};
}
