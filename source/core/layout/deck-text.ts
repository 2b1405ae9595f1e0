import stringWidth from 'string-width';
import {alertLabel} from '../deck/alerts.js';
import type {Alignment, Block, Deck, Question, Slide, Span} from '../deck/types.js';
import {append, maxOf} from '../text/arrays.js';
import {optionLetter} from '../text/option-letter.js';

/**
The deck as a plain linear transcript: for handouts, screen readers and pipes.
Text is never wrapped (a screen reader or a pager does that better), and no
escape sequence is ever written.
*/

export type TranscriptOptions = {
	readonly notes?: boolean;
	readonly answers?: boolean;
};

export function deckToPlainText(deck: Deck, options: TranscriptOptions = {}): string {
	const {meta} = deck;
	const byline = [meta.subtitle, meta.author, meta.date].filter(Boolean).join(' · ');
	const parts: string[] = [meta.title, ...(byline ? [byline] : []), ''];
	for (const slide of deck.slides) {
		parts.push(slideToPlainText(slide, deck.slides.length, options), '');
	}

	if (deck.quiz && options.answers) {
		parts.push(rule(`Quiz: ${deck.quiz.title}`), '');
		deck.quiz.questions.forEach((question, index) => {
			parts.push(questionToPlainText(question, index + 1, deck.slides), '');
		});
	}

	return parts.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

function slideToPlainText(slide: Slide, total: number, options: TranscriptOptions = {}): string {
	const header = rule(`Slide ${slide.number}/${total}${slide.title ? `: ${slide.title}` : ''}`);
	const lines = [header, '', blocksToLines(slide.blocks).join('\n')];
	if (options.notes && slide.notes.length > 0) {
		append(lines, ['', 'Notes:', ...slide.notes.map(note => indent(note, '  '))]);
	}

	return lines.join('\n');
}

function questionToPlainText(question: Question, number: number, slides: readonly Slide[]): string {
	const lines = [`${number}. ${question.prompt}${question.kind === 'multiple' ? ' (choose all that apply)' : ''}`];
	question.options.forEach((option, index) => {
		lines.push(`   ${optionLetter(index)}) ${option.text}`);
	});
	if (question.kind === 'card') {
		append(lines, ['   Answer:', ...blocksToLines(question.explanation).map(line => `     ${line}`)]);
	} else {
		lines.push(`   Answer: ${question.correct.map(index => optionLetter(index)).join(', ')}`);
		append(lines, blocksToLines(question.explanation).map(line => `   ${line}`));
	}

	const slide = question.slide === undefined ? undefined : slides[question.slide - 1];
	if (slide) {
		lines.push(`   Review: slide ${slide.number}${slide.title ? `, ${slide.title}` : ''}`);
	}

	return lines.join('\n');
}

function rule(title: string): string {
	return `── ${title} ${'─'.repeat(Math.max(3, 60 - stringWidth(title)))}`;
}

function indent(text: string, prefix: string): string {
	return text.split('\n').map(line => prefix + line).join('\n');
}

function spansToPlain(spans: readonly Span[]): string {
	let text = '';
	let previousHref: string | undefined;
	for (const span of spans) {
		if (previousHref && span.style.href !== previousHref && !previousHref.startsWith('#')) {
			text += ` (${previousHref})`;
		}

		text += span.style.image ? `[image: ${span.text}]` : span.text;
		previousHref = span.style.href;
	}

	if (previousHref && !previousHref.startsWith('#')) {
		text += ` (${previousHref})`;
	}

	return text;
}

function blocksToLines(blocks: readonly Block[]): string[] {
	const lines: string[] = [];
	blocks.forEach((block, index) => {
		// A list revealed item by item is still one list.
		if (index > 0 && !(block.kind === 'list' && block.continues && block.tight)) {
			lines.push('');
		}

		append(lines, blockToLines(block));
	});
	return lines;
}

function blockToLines(block: Block): string[] {
	switch (block.kind) {
		case 'heading': {
			return [spansToPlain(block.spans)];
		}

		case 'paragraph': {
			return spansToPlain(block.spans).split('\n');
		}

		case 'list': {
			return block.items.flatMap((item, index) => {
				const marker = block.ordered ? `${block.start + index}.` : '-';
				const box = item.checked === undefined ? '' : (item.checked ? '[x] ' : '[ ] ');
				const [first = '', ...rest] = block.tight ? item.blocks.flatMap(inner => blockToLines(inner)) : blocksToLines(item.blocks);
				const pad = ' '.repeat(marker.length + 1);
				return [`${marker} ${box}${first}`, ...rest.map(line => (line === '' ? '' : pad + line))];
			});
		}

		case 'quote': {
			const label = block.alert === undefined ? [] : [alertLabel(block.alert), ''];
			return [...label, ...blocksToLines(block.blocks)].map(line => (line === '' ? '>' : `> ${line}`));
		}

		case 'code': {
			return block.text.split('\n').map(line => `    ${line}`);
		}

		case 'rule': {
			return ['----'];
		}

		case 'space': {
			return [];
		}

		case 'table': {
			return tableToLines(block.header.map(cell => spansToPlain(cell)), block.rows.map(row => row.map(cell => spansToPlain(cell))), block.align);
		}
	}
}

function tableToLines(header: readonly string[], rows: ReadonlyArray<readonly string[]>, align: readonly Alignment[]): string[] {
	const columns = maxOf(rows.map(row => row.length), header.length);
	const widths = Array.from({length: columns}, (_, column) => maxOf([header, ...rows].map(row => stringWidth(row[column] ?? '')), 3));
	const pad = (text: string, column: number) => {
		const space = widths[column]! - stringWidth(text);
		const alignment = align[column] ?? 'left';
		if (alignment === 'right') {
			return ' '.repeat(space) + text;
		}

		if (alignment === 'center') {
			return ' '.repeat(Math.floor(space / 2)) + text + ' '.repeat(Math.ceil(space / 2));
		}

		return text + ' '.repeat(space);
	};

	const line = (row: readonly string[]) => `| ${widths.map((_, column) => pad(row[column] ?? '', column)).join(' | ')} |`;
	return [line(header), `|${widths.map(width => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(row => line(row))];
}
