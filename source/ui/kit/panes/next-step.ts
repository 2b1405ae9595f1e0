/**
What the audience sees after the next key: more of this page's step, the
next step of the slide, the next slide, or the end of the deck.
*/
import type {Block, Deck, Slide} from '../../../core/deck/types.js';
import {visibleBlockCount} from '../../../core/layout/index.js';
import type {EndOffer} from '../../../core/protocol/protocol.js';

export type Where = {
	/** 0-based slide shown. */
	readonly slide: number;
	readonly step: number;
	readonly page: number;
	/** Pages the step needs on the audience's screen. */
	readonly pageCount: number;
	readonly atEnd: boolean;
	/** What the end screen's next key brings; without it, nothing. */
	readonly endOffer?: EndOffer;
};

export type NextPreview =
	| {readonly kind: 'page'; readonly page: number; readonly pageCount: number}
	| {readonly kind: 'step'; readonly step: number; readonly stepCount: number; readonly blocks: readonly Block[]}
	| {readonly kind: 'slide'; readonly slide: Slide}
	| {readonly kind: 'end'; readonly offer: EndOffer}
	/** On the end screen: what its next key brings. */
	| {readonly kind: 'after-end'; readonly offer: EndOffer};

export function nextOf(deck: Pick<Deck, 'slides'>, where: Where): NextPreview {
	const offer = where.endOffer ?? 'none';
	if (where.atEnd) {
		return {kind: 'after-end', offer};
	}

	if (where.page + 1 < where.pageCount) {
		return {kind: 'page', page: where.page + 1, pageCount: where.pageCount};
	}

	const slide = deck.slides[where.slide];
	const stepCount = Math.max(1, slide?.steps.length ?? 1);
	if (slide && where.step + 1 < stepCount) {
		const shown = visibleBlockCount(slide, where.step);
		return {kind: 'step', step: where.step + 1, stepCount, blocks: slide.blocks.slice(shown, visibleBlockCount(slide, where.step + 1))};
	}

	const next = deck.slides[where.slide + 1];
	return next ? {kind: 'slide', slide: next} : {kind: 'end', offer};
}

/** The heading of the preview pane; `questions` is how many the deck's quiz has. */
export function describeNext(preview: NextPreview, slideCount: number, questions = 0): string {
	switch (preview.kind) {
		case 'page': {
			return `Next: page ${preview.page + 1}/${preview.pageCount} of this slide`;
		}

		case 'step': {
			return `Next: step ${preview.step + 1}/${preview.stepCount}`;
		}

		case 'slide': {
			return `Next: slide ${preview.slide.number}/${slideCount}`;
		}

		case 'end': {
			return 'Next: the end of the deck';
		}

		case 'after-end': {
			switch (preview.offer) {
				case 'room-quiz': {
					return `Next: the room quiz, ${questions} question${questions === 1 ? '' : 's'}`;
				}

				case 'quiz': {
					return 'Next: the quiz';
				}

				case 'none': {
					return 'Next: the end of the talk';
				}
			}
		}
	}
}
