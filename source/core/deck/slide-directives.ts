/**
What a comment directive does to the slide being read (a speaker note, a
pause, a `time` budget …), and the warnings for one that is misspelt,
unsupported, or in a place where it means nothing.
*/
import {sanitize} from '../text/sanitize.js';
import {type Directive, suggestDirective} from './directives.js';
import {formatSlideTime, parseSlideTime} from './slide-time.js';
import {addStep, blockTarget, openLayout, type SlideDraft} from './slides.js';
import type {TimeBudget} from './time-budgets.js';
import type {Diagnostic} from './types.js';

/** What the directives of one deck share while its slides are read. */
export type DirectiveReading = {
	/** The deck's lines, to point at a directive's value. */
	readonly lines: readonly string[];
	readonly columnOf: (line: number) => number;
	readonly diagnostics: Diagnostic[];
	readonly budgets: TimeBudget[];
	/** Unsupported directives already warned about: one warning per name is enough. */
	readonly reportedDirectives: Set<string>;
};

/** Applies a directive on `line` to the slide being read; `topLevel` is false inside a list or quote. */
export function applyDirective(directive: Directive, line: number, topLevel: boolean, draft: SlideDraft, reading: DirectiveReading): void {
	const {columnOf, diagnostics} = reading;
	switch (directive.kind) {
		case 'note': {
			if (directive.text !== '') {
				draft.notes.push(sanitize(directive.text));
				draft.noteSteps.push(draft.steps.length);
			}

			const meant = suggestDirective(directive.text);
			if (meant !== undefined) {
				diagnostics.push({
					severity: 'warning',
					line,
					column: columnOf(line),
					message: `\`<!-- ${sanitize(directive.text)} -->\` is not a directive, so it is a speaker note`,
					hint: `did you mean \`<!-- ${meant} -->\`?`,
				});
			}

			break;
		}

		case 'pause': {
			if (!topLevel) {
				diagnostics.push({severity: 'warning', line, column: columnOf(line), message: 'a pause inside a list or quote is ignored', hint: 'put `<!-- pause -->` on its own line between top-level blocks'});
			} else {
				addStep(draft);
			}

			break;
		}

		case 'skip-slide': {
			draft.skip = true;
			break;
		}

		case 'incremental-lists': {
			draft.incremental = directive.on;
			break;
		}

		case 'jump-to-middle': {
			if (topLevel) {
				draft.middle = draft.blocks.length;
			}

			break;
		}

		case 'new-lines': {
			if (topLevel) {
				blockTarget(draft).push({kind: 'space', lines: directive.count, line});
			}

			break;
		}

		case 'column-layout':
		case 'column':
		case 'reset-layout': {
			if (topLevel) {
				applyLayout(directive, line, draft, reading);
			} else {
				diagnostics.push({severity: 'warning', line, column: columnOf(line), message: 'a column directive inside a list or quote is ignored', hint: 'put it on its own line between top-level blocks'});
			}

			break;
		}

		case 'unsupported': {
			if (!reading.reportedDirectives.has(directive.name)) {
				reading.reportedDirectives.add(directive.name);
				diagnostics.push({severity: 'warning', line, column: columnOf(line), message: `\`${directive.name}\` is not supported; the slide's content is shown in order`});
			}

			break;
		}

		case 'time': {
			readTime(directive.value, line, draft, reading);
			break;
		}

		case 'id': {
			diagnostics.push({severity: 'warning', line, column: columnOf(line), message: 'an `id` directive only means something under a quiz question'});
			break;
		}

		case 'quiz':
		case 'end-slide': {
			diagnostics.push({severity: 'warning', line, column: columnOf(line), message: `\`${directive.kind === 'quiz' ? 'quiz' : 'end_slide'}\` only works on its own line at the top level`});
			break;
		}
	}
}

type LayoutDirective = Extract<Directive, {kind: 'column-layout' | 'column' | 'reset-layout'}>;

/**
presenterm's column layout: `column_layout` opens one, `column: N` picks the
column what follows goes into, `reset_layout` (or the slide's end) closes it.
presenterm refuses a deck that gets these wrong; here each mistake is a
warning at its line and the content is still shown.
*/
function applyLayout(directive: LayoutDirective, line: number, draft: SlideDraft, reading: DirectiveReading): void {
	const {columnOf, diagnostics} = reading;
	const warn = (message: string, hint?: string) => diagnostics.push({severity: 'warning', line, column: columnOf(line), message, ...(hint ? {hint} : {})});
	if (directive.kind === 'column-layout') {
		closeLayout(draft, reading);
		if (directive.widths) {
			openLayout(draft, directive.widths, line);
		} else {
			draft.layoutRefused = true;
			warn(`\`column_layout\` must list each column's share of the width, such as \`[2, 1]\`, not \`${sanitize(directive.value)}\`; the slide's content is shown in order`, 'each share is a whole number from 1 to 255, at most 12 columns');
		}

		return;
	}

	if (directive.kind === 'reset-layout') {
		closeLayout(draft, reading);
		return;
	}

	const {layout} = draft;
	if (!layout) {
		// After a refused layout, its columns were already warned about.
		if (!draft.layoutRefused) {
			warn('`column` without a `column_layout` above it on the slide is ignored', 'open the columns first, such as `<!-- column_layout: [1, 1] -->`');
		}

		return;
	}

	if (directive.index === undefined || directive.index >= layout.widths.length) {
		const count = layout.widths.length;
		warn(`\`column: ${sanitize(directive.value)}\` is not a column of this layout, which has ${count === 1 ? 'one column: `0`' : `columns \`0\` to \`${count - 1}\``}; the content stays in column ${layout.column ?? 0}`);
		layout.column ??= 0;
		return;
	}

	warnUnplaced(draft, reading);
	layout.column = directive.index;
}

/** Closes the slide's open column layout, if any; what follows is laid out under it at full width. */
export function closeLayout(draft: SlideDraft, reading: DirectiveReading): void {
	warnUnplaced(draft, reading);
	delete draft.layout;
}

/** Content after `column_layout` but before any `column:` is an error to presenterm; here it goes into the first column. */
function warnUnplaced(draft: SlideDraft, {diagnostics, columnOf}: DirectiveReading): void {
	const {layout} = draft;
	const first = layout?.columns[0]?.[0];
	if (layout && layout.column === undefined && first) {
		diagnostics.push({
			severity: 'warning',
			line: first.line,
			column: columnOf(first.line),
			message: 'content after `column_layout` comes before any `column:`, so it is put in the first column',
			hint: 'say which column it goes into, such as `<!-- column: 0 -->`',
		});
		layout.column = 0;
	}
}

/** A `time` directive: the slide's budget, unless the value is no duration or the slide has one already. */
function readTime(value: string, line: number, draft: SlideDraft, {lines, diagnostics, budgets}: DirectiveReading): void {
	const seconds = parseSlideTime(value);
	const at = locateValue(lines, line, 'time', value);
	if (seconds === undefined) {
		diagnostics.push({
			severity: 'warning',
			...at,
			message: `\`time\` must be a duration such as \`90s\`, \`2m\` or \`1m30s\`, not \`${sanitize(value)}\``,
			hint: 'the slide shares the time left over with the slides that have no `time`',
		});
	} else if (draft.time === undefined) {
		draft.time = seconds;
		budgets.push({line: at.line, seconds});
	} else {
		diagnostics.push({severity: 'warning', ...at, message: `the slide already has \`time: ${formatSlideTime(draft.time)}\`; this one is ignored`});
	}
}

/** Where a directive's value is written: on the comment's first line, or a few lines below it. */
function locateValue(lines: readonly string[], line: number, name: string, value: string): {line: number; column: number} {
	for (let index = line - 1; index < Math.min(lines.length, line + 9); index++) {
		const text = lines[index]!;
		const after = Math.max(0, text.indexOf(name));
		const found = value === '' ? -1 : text.indexOf(value, after);
		if (found !== -1) {
			return {line: index + 1, column: found + 1};
		}
	}

	return {line, column: 1};
}
