/**
A question as the room sees it, laid out to a width: in block letters (the
question number and each option's letter three rows high) where the screen
is big enough, in plain text where it is not. Drawn from the room's view
alone, so before the reveal there is no answer here to show.
*/
import type {Deck, Span} from '../../core/deck/types.js';
import type {FieldView, QuestionView} from '../../core/room/room-view.js';
import {answers, rightPercent, rowPercents, type Tally, type TallyRow} from '../../core/room/tally.js';
import {plural, slideReference} from '../../core/text/format.js';
import {sanitize} from '../../core/text/sanitize.js';
import type {SegmentStyle} from '../../core/layout/index.js';
import type {ThemedLine, ThemedSegment} from '../kit/LineText.js';
import {blockLines, hanging, plain, type QuizScreen, type Section, spaced, spanLines, textLines} from '../kit/screen/screen-lines.js';
import type {Keymap} from '../../core/keys/keymap.js';
import {type RoomKeyCommand, type RoomScope, scrollCommands} from '../../core/keys/room-keys.js';
import {bar, besideColumn, blockRows, hintSection, lineWidth} from './room-lines.js';

/**
- `block`: block letters, a blank row between options;
- `compact`: block letters, options packed together;
- `plain`: ordinary text, for small terminals and screen readers.
*/
export type RoomLayout = 'block' | 'compact' | 'plain';

export type RoomQuestionInput = {
	readonly view: QuestionView;
	readonly deck: Deck;
	readonly width: number;
	readonly layout: RoomLayout;
	/** Lay link URLs out after the link text (the terminal draws no hyperlinks). */
	readonly linkUrls: boolean;
	readonly scope: RoomScope;
	/** Whose keys the hints name: the room screen's, or a presenter console's. */
	readonly keymap?: Keymap<RoomKeyCommand, RoomScope>;
	/** Where the room's phones join, and how many have, above the question. */
	readonly corner?: Section;
};

type Style = ThemedSegment['style'];

const blockWidth = (rows: readonly ThemedLine[]): number => Math.max(0, ...rows.map(line => lineWidth(line)));

/** One line of the choice list: an option, or a card's verdict once its answer is out. */
type Row = {
	readonly label: string;
	readonly spans: readonly Span[];
	/** Whether it is right, where the answer may be seen. */
	readonly right?: boolean;
	readonly field: FieldView;
	/** Its line of the show of hands, once the chart is out. */
	readonly tallied?: TallyRow;
	/** Its share as shown, a whole percentage; a question's add up to 100 where each hand is one person's. */
	readonly percent?: number;
};

const handsWord = (count: number): string => plural(count, 'hand');
const phonesWord = (count: number): string => plural(count, 'phone');

/** What a tally's answers are called: hands, or answers where phones gave some too. */
const answersWord = (tally: Tally, count: number): string => (tally.devices ? plural(count, 'answer') : handsWord(count));

/** `12 · 60%`, or `12` when there is nothing to take a share of; with phones, the hands and phones apart after it. */
function countText(tallied: TallyRow, shown: number | undefined, devices: boolean): string {
	const total = shown === undefined ? String(tallied.count) : `${tallied.count} · ${shown}%`;
	return devices ? `${total}  (${handsWord(tallied.hands)} + ${phonesWord(tallied.votes)})` : total;
}

/** A field's hands and phones so far, before the chart: `3 hands · 5 phones`. */
function soFar(field: FieldView): string | undefined {
	const parts = [...(field.count === undefined ? [] : [handsWord(field.count)]), ...(field.votes === undefined ? [] : [phonesWord(field.votes)])];
	return parts.length === 0 ? undefined : parts.join(' · ');
}

/** The line under a row: the count being typed, the bar of the chart, or the count given so far. */
function extraLine(row: Row, tally: Tally | undefined, width: number): ThemedLine | undefined {
	const {field, tallied} = row;
	if (field.typing !== undefined) {
		return [{text: ` ${field.typing}_ `, style: {role: 'selected'}}, {text: ' hands, then Enter', style: {role: 'hint'}}];
	}

	if (tallied && tally) {
		const most = Math.max(1, ...tally.rows.map(each => each.count));
		// Without a base (choose-all with no head count) bars compare the options with one another.
		const fraction = tallied.share ?? tallied.count / most;
		const barWidth = Math.max(4, Math.min(50, width - 16));
		return [
			{text: bar(fraction, barWidth).padEnd(barWidth), style: {role: tallied.right ? 'accent' : 'muted'}},
			{text: `  ${countText(tallied, row.percent, tally.devices)}`, style: {bold: true}},
		];
	}

	if (field.hidden) {
		// Counted, but the room sees the number only with the answer: hands still up should not follow the ones counted.
		return [{text: 'counted', style: {role: 'muted'}}];
	}

	const given = soFar(field);
	return given === undefined ? undefined : [{text: given, style: {role: 'muted'}}];
}

/** What a screen reader says for a row. */
function rowLabel(row: Row, devices: boolean): string {
	const verdict = row.right === true ? ', the right answer' : '';
	const {tallied, field} = row;
	const given = soFar(field);
	const count = tallied
		? `: ${devices ? plural(tallied.count, 'answer') : handsWord(tallied.count)}${row.percent === undefined ? '' : `, ${row.percent} percent`}${devices ? ` (${handsWord(tallied.hands)} and ${phonesWord(tallied.votes)})` : ''}`
		: given === undefined ? (field.hidden ? ': counted' : '') : `: ${given}`;
	const typing = field.typing === undefined ? '' : ` (typing a count: ${field.typing || 'nothing yet'})`;
	return sanitize(`${row.label}: ${row.spans.map(span => span.text).join('')}${verdict}${count}${typing}`);
}

function textStyle(row: Row, layout: RoomLayout): SegmentStyle {
	if (row.right === true) {
		return {role: 'accent', bold: true};
	}

	return row.right === false ? {role: 'muted'} : {bold: layout !== 'plain'};
}

function rowSection(row: Row, tally: Tally | undefined, input: RoomQuestionInput): Section {
	const {layout, width, linkUrls} = input;
	const mark: ThemedLine = row.right === undefined ? [] : [{text: row.right ? '✔ ' : '  ', style: {role: 'accent'}}];
	const labelStyle: Style = row.right === true ? {role: 'accent', bold: true} : row.right === false ? {role: 'muted'} : {role: 'key', bold: true};
	const letters = layout === 'plain' ? undefined : blockRows(row.label, labelStyle);
	const column = letters ? blockWidth(letters) + 3 : row.label.length + 2;
	const textWidth = Math.max(1, width - column - (mark.length > 0 ? 2 : 0));
	const text = hanging(mark, spanLines(row.spans, textWidth, linkUrls, textStyle(row, layout)));
	const extra = extraLine(row, tally, width - column);
	const content = extra ? [...text, extra] : text;
	const lines = besideColumn(letters ?? [[{text: row.label, style: labelStyle}]], content, column);
	return {lines, label: rowLabel(row, tally?.devices ?? false), role: 'listitem'};
}

function rowsOf(view: QuestionView): Row[] {
	// A card's hands go up only once its answer is out: who knew it, who did not yet.
	if (view.kind === 'card' && !view.revealed) {
		return [];
	}

	const named: ReadonlyArray<Pick<Row, 'label' | 'spans' | 'right'>> = view.kind === 'card'
		? view.fields.map(field => ({label: field.label, spans: plain(field.name), ...(field.right === undefined ? {} : {right: field.right})}))
		: view.options;
	const percents = view.chart ? rowPercents(view.chart.tally) : [];
	return named.flatMap((row, index): Row[] => {
		const field = view.fields[index];
		const tallied = view.chart?.tally.rows[index];
		const shown = percents[index];
		return field ? [{...row, field, ...(tallied ? {tallied} : {}), ...(shown === undefined ? {} : {percent: shown})}] : [];
	});
}

/** A choose-all question's head count: what its percentages are of. */
function peopleSection(field: FieldView): Section {
	const value: ThemedSegment = field.typing === undefined
		? {text: field.count === undefined ? (field.hidden ? 'counted' : '–') : String(field.count), style: {bold: true}}
		: {text: ` ${field.typing}_ `, style: {role: 'selected'}};
	return {
		lines: [[{text: `${field.label} `, style: {role: 'key', bold: true}}, {text: `${field.name}: `, style: {}}, value]],
		label: `${field.name}: ${field.typing ?? field.count ?? (field.hidden ? 'counted' : 'not given')}`,
	};
}

const people = (count: number): string => `${count} ${count === 1 ? 'person' : 'people'}`;

/** One line on how the room did, once the answer is out. */
function outcomeText(view: QuestionView): string | undefined {
	const tally = view.chart?.tally;
	if (!view.revealed) {
		return undefined;
	}

	if (!tally) {
		return view.kind === 'card' ? 'Hands up if you knew it: count them with A and B.' : 'No hands were counted.';
	}

	if (tally.right === undefined) {
		return view.kind === 'multiple'
			? `${answersWord(tally, answers(tally))} in all. Type # and the number of people voting for percentages.`
			: tally.devices ? 'No answers yet.' : 'No hands were raised.';
	}

	if (view.kind === 'multiple') {
		return `At most ${rightPercent(tally) ?? 0}% of ${people(tally.base ?? 0)} chose exactly the right options.`;
	}

	const right = tally.rows.filter(row => row.right).reduce((sum, row) => sum + row.count, 0);
	const all = answers(tally);
	return view.kind === 'card'
		? `${right} of ${all} knew it (${rightPercent(tally) ?? 0}%).`
		: `${right} of ${answersWord(tally, all)} on the right answer (${rightPercent(tally) ?? 0}%).`;
}

function header(view: QuestionView, width: number, layout: RoomLayout): Section {
	const place = `Question ${view.number} of ${view.total}${view.revealed ? ' · the answer' : ''}`;
	const style: Style = {role: 'muted', bold: true};
	const number = layout === 'plain' ? undefined : blockRows(String(view.number), {role: 'title', bold: true});
	if (!number) {
		return {lines: textLines(place, width, style), label: place};
	}

	return {lines: besideColumn(number, [[], [{text: place, style}]], blockWidth(number) + 3), label: place};
}

const blank: Section = {lines: [[]]};

/** Groups of sections one under another, a blank line between groups; empty groups are left out. */
function stack(groups: ReadonlyArray<Section | readonly Section[] | undefined>): Section[] {
	const result: Section[] = [];
	for (const group of groups) {
		const sections: readonly Section[] = group === undefined ? [] : 'lines' in group ? [group] : group;
		if (sections.every(section => section.lines.length === 0)) {
			continue;
		}

		result.push(...(result.length > 0 ? [blank] : []), ...sections);
	}

	return result;
}

/** The question screen for the room. */
export function roomQuestionScreen(input: RoomQuestionInput): QuizScreen {
	const {view, deck, width, layout, linkUrls, scope} = input;
	const hint = (text: string | undefined): Section | undefined => (text === undefined ? undefined : {lines: textLines(text, width, {role: 'hint'})});
	const prompt: Section = {lines: spanLines(plain(view.prompt), width, linkUrls, {role: 'heading', bold: true}), label: `Question: ${sanitize(view.prompt)}`};
	const rows = rowsOf(view).map(row => rowSection(row, view.chart?.tally, input));
	const peopleField = view.fields.find(field => field.kind === 'people');
	const choices = [...(layout === 'block' ? spaced(rows) : rows), ...(peopleField ? [blank, peopleSection(peopleField)] : [])];
	const outcome = outcomeText(view);
	const result = outcome === undefined ? undefined : {lines: textLines(outcome, width, {bold: true})};
	const explanation = view.answer && view.answer.explanation.length > 0
		? {lines: [...textLines(view.kind === 'card' ? 'Answer' : 'Why', width, {role: 'heading', bold: true}), ...blockLines(view.answer.explanation, width, linkUrls)]}
		: undefined;
	const slide = view.answer?.slide;
	const source = slide === undefined ? undefined : {lines: textLines(`From ${sanitize(slideReference(deck, slide))} · v opens it`, width, {role: 'muted'})};
	const body = view.kind === 'card'
		? stack([prompt, hint(view.revealed ? undefined : 'Think of your answer. Once it is shown: hands up if you knew it.'), explanation, result, choices, source])
		: stack([prompt, hint(view.kind === 'multiple' && !view.revealed ? 'Choose all that apply: a hand up for each option you pick.' : undefined), choices, result, explanation, source]);
	const include = (command: RoomKeyCommand): boolean => {
		if (command === 'view-slide') {
			return slide !== undefined;
		}

		// A card takes no counts before its answer is out: there is nothing to show early.
		if (command === 'toggle-counts') {
			return !view.revealed && view.kind !== 'card';
		}

		// After the reveal a choice question's counts can still be put right, but the room needs no hint of it.
		return !['count', 'next-field', 'previous-field'].includes(command) || (view.counting && (scope !== 'revealed' || view.kind === 'card'));
	};

	return {
		header: input.corner ? [input.corner, header(view, width, layout)] : [header(view, width, layout)],
		body,
		footer: (scrolls: boolean) => [hintSection(scope, view.fields, width, command => include(command) && (scrolls || !scrollCommands.has(command)), input.keymap)],
	};
}
