/**
A slide's speaker notes laid out for a pane: Markdown blocks to lines, each
note marked by where it stands against the step shown. The current step's
notes carry a bar in the gutter; the others are dimmed behind a thin rule,
so the mark never rests on colour alone.
*/
import {type Note, parseNotes} from '../../../core/deck/notes.js';
import type {Slide} from '../../../core/deck/types.js';
import {layoutBlocks, type Line, markMatches, plainTextLines} from '../../../core/layout/index.js';
import {prefixLine, segment} from '../../../core/layout/segments.js';

export type NotesLayout = {
	readonly lines: readonly Line[];
	/** The line to show first: where the current step's notes start (or the first search match). */
	readonly auto: number;
};

const gutterWidth = 2;

const currentGutter: Line = [segment('▌ ', {role: 'accent'})];
const otherGutter: Line = [segment('│ ', {role: 'muted'})];

const dim = (line: Line): Line => line.map(part => ({...part, style: {...part.style, dim: true}}));

export type NotesLayoutOptions = {
	/** Search text to mark; the first match is the line shown first. */
	readonly highlight?: string;
	/** For a screen reader: plain text, with no gutter marks, frames or rules. */
	readonly plain?: boolean;
};

export function layoutNotes(notes: readonly Note[], step: number, width: number, {highlight, plain = false}: NotesLayoutOptions = {}): NotesLayout {
	const lines: Line[] = [];
	let auto: number | undefined;
	let firstMatch: number | undefined;
	for (const note of notes) {
		const noteLines = plain ? plainTextLines(note.blocks, Math.max(1, width)) : layoutBlocks(note.blocks, Math.max(1, width - gutterWidth));
		if (noteLines.length === 0) {
			continue;
		}

		if (lines.length > 0) {
			lines.push([]);
		}

		const current = note.step === step;
		if (current && auto === undefined) {
			auto = lines.length;
		}

		for (const line of noteLines) {
			const marked = markMatches(line, highlight);
			if (firstMatch === undefined && marked !== line) {
				firstMatch = lines.length;
			}

			lines.push(plain ? marked : (current ? prefixLine(marked, currentGutter) : prefixLine(dim(marked), otherGutter)));
		}
	}

	return {lines, auto: firstMatch ?? auto ?? 0};
}

/** The first line shown in a pane of `height` rows, from the auto line and the reader's scrolling. */
export function notesTop(layout: NotesLayout, height: number, scroll: number): number {
	const max = Math.max(0, layout.lines.length - height);
	return Math.min(Math.max(0, layout.auto + scroll), max);
}

const parsed = new WeakMap<Slide, readonly Note[]>();

/** A slide's notes as blocks, read once per slide however often they are drawn. */
export function notesOf(slide: Slide): readonly Note[] {
	let notes = parsed.get(slide);
	if (notes === undefined) {
		notes = parseNotes(slide);
		parsed.set(slide, notes);
	}

	return notes;
}
