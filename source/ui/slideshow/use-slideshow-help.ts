import {useMemo} from 'react';
import {describeKeys, type KeyHelp} from '../../core/keys/keymap.js';
import {type SlideshowCommand, slideshowKeys} from '../../core/keys/slideshow-keys.js';
import {helpLayout} from '../kit/HelpOverlay.js';
import {useImagesNote} from '../kit/images.js';

/** Scopes whose keys the slideshow's help lists. */
export const slideshowHelpScopes = ['slides', 'end', 'help'] as const;

export type SlideshowHelp = {
	readonly rows: ReadonlyArray<KeyHelp<SlideshowCommand>>;
	/** Pages the help needs in the body, laid out on the first call. */
	readonly pageCount: () => number;
	/** The line under the keys: how pictures are drawn, for a deck with some. */
	readonly footnote: string | undefined;
};

type Options = {
	/** The end screen offers the quiz: list its key. */
	readonly quizOffered: boolean;
	/** There is a slide to resume at: list `r`. */
	readonly resumeSlide: number | undefined;
	readonly width: number;
	readonly height: number;
};

/** The slideshow's help: the keys that do something in this show. */
export function useSlideshowHelp({quizOffered, resumeSlide, width, height}: Options): SlideshowHelp {
	const footnote = useImagesNote();
	// The overview's own keys are on its footnote; the help lists the slideshow's.
	const rows = useMemo(() => describeKeys(slideshowKeys, slideshowHelpScopes, {
		include: command => (command !== 'start-quiz' || quizOffered) && (command !== 'resume' || resumeSlide !== undefined),
	}), [quizOffered, resumeSlide]);
	// Laid out only once help is paged: the first slide should not wait for it.
	const pageCount = useMemo(() => {
		let count: number | undefined;
		return () => {
			count ??= helpLayout(rows, width, height, footnote).pageCount;
			return count;
		};
	}, [rows, width, height, footnote]);
	return {rows, pageCount, footnote};
}
