import {useMemo} from 'react';
import type {Deck} from '../../core/deck/types.js';
import {layoutNotes, type NotesLayout, notesOf} from '../kit/panes/notes-layout.js';
import {notesWidth} from '../kit/panes/NotesPane.js';

type Options = {
	/** Columns of the pane the notes are shown in. */
	readonly width: number;
	/** The search shown, marked in the notes too. */
	readonly searchQuery: string | undefined;
	/** For a screen reader: no box-drawing. */
	readonly plain: boolean;
};

/**
The speaker notes of a slide at a step, laid out for the notes pane: each
slide and step once, until the deck, the width, the search or the reader
changes.
*/
export function useNotesLayout(deck: Deck, {width, searchQuery, plain}: Options): (slide: number, step: number) => NotesLayout {
	return useMemo(() => {
		const cache = new Map<string, NotesLayout>();
		const columns = notesWidth(width);
		return (slide: number, step: number): NotesLayout => {
			const key = `${slide}:${step}`;
			let layout = cache.get(key);
			const source = deck.slides[slide];
			if (layout === undefined && source) {
				layout = layoutNotes(notesOf(source), step, columns, {...(searchQuery === undefined ? {} : {highlight: searchQuery}), plain});
				cache.set(key, layout);
			}

			return layout ?? {lines: [], auto: 0};
		};
	}, [deck, width, searchQuery, plain]);
}
