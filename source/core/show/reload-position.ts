/**
Where a slideshow stands after its deck is read again: on the same slide,
found by its slug (the k-th of that slug, when titles repeat), else by its
number; on the same step and page as far as the slide still has them.
Pure: the caller brings the position inside the new deck (`normalize`).
*/
import type {Slide} from '../deck/types.js';
import type {Position} from './navigation.js';

type Slugged = Pick<Slide, 'slug'>;

/** Which of the slides with its slug a slide is: 0 for the first. */
const occurrence = (slides: readonly Slugged[], index: number): number => {
	const slug = slides[index]?.slug;
	let count = 0;
	for (let at = 0; at < index; at++) {
		if (slides[at]?.slug === slug) {
			count++;
		}
	}

	return count;
};

export function positionAfterReload(before: readonly Slugged[], after: readonly Slugged[], position: Position): Position {
	if (position.atEnd) {
		return position;
	}

	const slug = before[position.slide]?.slug;
	const same = after.flatMap((slide, index) => (slug !== undefined && slide.slug === slug ? [index] : []));
	return {...position, slide: same[occurrence(before, position.slide)] ?? position.slide};
}
