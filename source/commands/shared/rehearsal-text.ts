/**
Rehearsals as text: the table printed when a `--rehearse` run ends, and
`briefing-deck rehearsals`, which sets past runs side by side. Pure
formatting; the caller reads the store and writes the output. Everything
from a store file is sanitized before it is printed, in JSON too.
*/
import {rehearsedSeconds} from '../../core/talk/rehearsal.js';
import type {Deck, Slide} from '../../core/deck/types.js';
import {type Rehearsal, slideSeconds, totalSeconds} from '../../core/records/rehearsal.js';
import type {RehearsalHistory} from '../../io/store/score-store.js';
import {formatDuration, plural} from '../../core/text/format.js';
import {sanitize} from '../../core/text/sanitize.js';
import {displayWidth, truncateToWidth} from '../../core/layout/display-width.js';
import {append, maxOf} from '../../core/text/arrays.js';
import {deckWords} from '../../core/text/shell-word.js';

// Rehearsed times are fractions of a second: round, so the rows add up to the total shown.
const seconds = (value: number | undefined): string => (value === undefined ? '–' : formatDuration(Math.round(value) * 1000));

const padEnd = (text: string, width: number): string => {
	const cut = truncateToWidth(text, width);
	return cut + ' '.repeat(Math.max(0, width - displayWidth(cut)));
};

const padStart = (text: string, width: number): string => ' '.repeat(Math.max(0, width - displayWidth(text))) + text;

/** `00:30 over`, `00:05 under`, `on time` (within a second). */
function overUnder(used: number, budget: number | undefined): string {
	if (budget === undefined) {
		return '';
	}

	const delta = used - budget;
	if (Math.abs(delta) < 1) {
		return 'on time';
	}

	return `${formatDuration(Math.round(Math.abs(delta)) * 1000)} ${delta > 0 ? 'over' : 'under'}`;
}

const sum = (values: ReadonlyArray<number | undefined>): number => values.reduce<number>((total, value) => total + (value ?? 0), 0);

type Column = {readonly title: string; readonly width: number; readonly align: 'left' | 'right'};

/** A table whose title column is as wide as its longest title, within what the others leave of `width`. */
function table(columns: readonly Column[], rows: ReadonlyArray<readonly string[]>, width: number): string[] {
	const fixed = columns.reduce((total, column, index) => total + (index === 1 ? 0 : column.width + 2), 0);
	const longest = maxOf([columns[1]!.title, ...rows.map(row => row[1] ?? '')].map(text => displayWidth(text)));
	const titleWidth = Math.max(12, Math.min(longest, width - fixed));
	const line = (cells: readonly string[]) => cells.map((cell, index) => {
		const column = columns[index]!;
		const size = index === 1 ? titleWidth : column.width;
		return column.align === 'left' ? padEnd(cell, size) : padStart(cell, size);
	}).join('  ').trimEnd();
	return [line(columns.map(column => column.title)), ...rows.map(row => line(row))];
}

/**
What a `--rehearse` run printed on exit: each slide's time, share, budget and
how far over or under. A slide the run did not reach has no time (`–`) and
reads `not shown`; the total is set against the plan for the slides shown
only, since a run of the opening says nothing of the rest.
*/
export function formatRehearsalReport(deck: Pick<Deck, 'meta'>, rehearsal: Rehearsal, width = 80): string {
	const total = totalSeconds(rehearsal);
	const shownSlides = rehearsal.slides.filter(slide => slide.shown);
	const partial = shownSlides.length < rehearsal.slides.length;
	const budgets = shownSlides.map(slide => slide.budget);
	const planned = budgets.some(budget => budget !== undefined) ? sum(budgets) : undefined;
	const rows = rehearsal.slides.map(slide => {
		const time = slideSeconds(slide);
		return [
			String(slide.number),
			slide.title || '(untitled)',
			seconds(time),
			time !== undefined && total > 0 ? `${Math.round((time / total) * 100)}%` : '–',
			seconds(slide.budget),
			// A slide never shown was skipped, not quick.
			time === undefined ? 'not shown' : overUnder(time, slide.budget),
		];
	});
	rows.push(['', partial ? 'Total of the slides shown' : 'Total', seconds(total), total > 0 ? '100%' : '–', seconds(planned), overUnder(total, planned)]);
	const columns: Column[] = [
		{title: '#', width: String(rehearsal.slides.length).length, align: 'right'},
		{title: 'Slide', width: 0, align: 'left'},
		{title: 'Time', width: 7, align: 'right'},
		{title: 'Share', width: 5, align: 'right'},
		{title: 'Budget', width: 7, align: 'right'},
		{title: 'Over/under', width: 12, align: 'left'},
	];
	const reached = partial ? ` on ${shownSlides.length} of ${plural(rehearsal.slides.length, 'slide')}` : '';
	const plan = planned === undefined ? '' : ` against a plan of ${seconds(planned)}${partial ? ' for them' : ''}`;
	const lines = [
		`Rehearsal of “${deck.meta.title}”: ${seconds(total)}${reached}${plan}`,
		'',
		...table(columns, rows, width),
	];
	return lines.map(line => sanitize(line)).join('\n') + '\n';
}

/** The `rehearsals --json` shape. Add fields, never rename them. */
type RehearsalsJson = {
	readonly deck: {readonly id: string; readonly title: string};
	/** Oldest first. */
	readonly rehearsals: ReadonlyArray<{
		readonly startedAt: string;
		readonly endedAt: string;
		readonly seconds: number;
		readonly slides: Rehearsal['slides'];
	}>;
	readonly warnings: readonly string[];
};

/** A deck as the rehearsal reports need it: a deck opened, or one a rehearsal remembers (see `rememberedSlides`). */
export type RehearsedDeck = {
	readonly meta: Pick<Deck['meta'], 'id' | 'title'>;
	readonly slides: ReadonlyArray<Pick<Slide, 'number' | 'title' | 'slug'>>;
};

/** The slides of a deck whose file is gone, as its latest rehearsal had them: the rows `rehearsals` can still show. */
export function rememberedSlides(history: RehearsalHistory): RehearsedDeck['slides'] {
	return (history.rehearsals.at(-1)?.slides ?? []).map(({number, title, slug}) => ({number, title, slug}));
}

export function rehearsalsJson(deck: Pick<RehearsedDeck, 'meta'>, history: RehearsalHistory): RehearsalsJson {
	return {
		deck: {id: sanitize(deck.meta.id), title: deck.meta.title},
		rehearsals: history.rehearsals.map(rehearsal => ({
			startedAt: rehearsal.startedAt,
			endedAt: rehearsal.endedAt,
			seconds: Math.round(totalSeconds(rehearsal) * 10) / 10,
			slides: rehearsal.slides,
		})),
		warnings: history.warnings.map(warning => sanitize(warning.message)),
	};
}

/** `05-20 14:02`, local time: short enough for a column head. */
function runLabel(iso: string): string {
	const date = new Date(iso);
	const two = (value: number) => String(value).padStart(2, '0');
	return `${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

const runWidth = 11;

/**
Past runs side by side, newest on the right, as many as fit `width`: one row
per slide of the deck as it is now (matched by slug; `–` where a run did not
reach it), a row for time on slides since removed, and the totals.
`deckArgument` is the deck as the command line named it, for the hint.
*/
export function formatRehearsals(deck: RehearsedDeck, history: RehearsalHistory, width = 80, deckArgument?: string): string {
	const lines: string[] = [`Rehearsals of “${deck.meta.title}”`, ''];
	const {rehearsals} = history;
	if (rehearsals.length === 0) {
		lines.push(`No rehearsals yet. Run \`briefing-deck${deckWords(deckArgument)} --rehearse\`: each slide's time is kept when it ends.`);
	} else {
		const numberWidth = String(deck.slides.length).length;
		const fit = Math.max(1, Math.floor((width - numberWidth - 2 - 16) / (runWidth + 2)));
		const shown = rehearsals.slice(-fit);
		const perRun = shown.map(rehearsal => rehearsedSeconds(rehearsal, deck.slides));
		const rows = deck.slides.map((slide, index) => [String(slide.number), slide.title || '(untitled)', ...perRun.map(times => seconds(times[index]))]);
		const elsewhere = shown.map((rehearsal, run) => totalSeconds(rehearsal) - sum(perRun[run]!));
		if (elsewhere.some(value => value >= 1)) {
			rows.push(['', 'Slides no longer in the deck', ...elsewhere.map(value => (value >= 1 ? seconds(value) : '–'))]);
		}

		rows.push(['', 'Total', ...shown.map(rehearsal => seconds(totalSeconds(rehearsal)))]);
		const columns: Column[] = [
			{title: '#', width: numberWidth, align: 'right'},
			{title: 'Slide', width: 0, align: 'left'},
			...shown.map((rehearsal): Column => ({title: runLabel(rehearsal.endedAt), width: runWidth, align: 'right'})),
		];
		append(lines, table(columns, rows, width));
		const hidden = rehearsals.length - shown.length;
		lines.push('', `${plural(rehearsals.length, 'rehearsal')}, oldest on the left${hidden > 0 ? `; ${hidden} older not shown.` : '.'}`);
		if (hidden > 0) {
			lines.push('A wider terminal shows more; --json has them all.');
		}
	}

	if (history.warnings.length > 0) {
		append(lines, ['', 'Warnings:', ...history.warnings.map(warning => `  ${warning.message}`)]);
	}

	return lines.map(line => sanitize(line)).join('\n') + '\n';
}
