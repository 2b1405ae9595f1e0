/**
`check` on a deck's images: each one that will not be drawn is a warning at
its line, with the reason, and the slide still shows its alt text. Every image
is decoded here (under the same limits as in a talk), so a file broken past
its header is found before the talk, not during it.
*/
import path from 'node:path';
import type {Deck, Diagnostic} from '../../core/deck/types.js';
import {isRemoteImage} from '../../core/deck/image-alt.js';
import {placedImages} from '../../core/images/deck-images.js';
import {decodeImage} from '../../io/images/read-image.js';
import {shownImagePath} from '../../io/images/image-path.js';

export async function imageWarnings(deck: Deck, deckFile: string): Promise<Diagnostic[]> {
	const images = placedImages(deck);
	const warnings: Diagnostic[] = [];
	const remote = images.find(image => isRemoteImage(image.src));
	if (remote) {
		// Once a deck: a deck of remote images would otherwise say the same thing on every slide.
		const count = images.filter(image => isRemoteImage(image.src)).length;
		warnings.push({severity: 'warning', line: remote.line, column: 1, message: `${count === 1 ? 'an image is' : `${count} images are`} on the network (\`${shownImagePath(remote.src)}\`${count > 1 ? ', …' : ''}): images are never fetched`, hint: 'save the image next to the deck and give its path; the slide shows its alt text'});
	}

	const problems = new Map<string, string | undefined>();
	for (const {src, line} of images) {
		if (isRemoteImage(src)) {
			continue;
		}

		if (!problems.has(src)) {
			const result = await decodeImage(path.dirname(deckFile), src);
			problems.set(src, result.ok ? undefined : result.problem);
		}

		const problem = problems.get(src);
		if (problem !== undefined) {
			warnings.push({severity: 'warning', line, column: 1, message: `image \`${shownImagePath(src)}\` ${problem}`, hint: 'the slide shows its alt text instead'});
		}
	}

	return warnings;
}
