/** Hand-built deck model pieces and plain views of layout output, for the layout tests. */
import type {Alignment, Block, ListItem, Slide, Span, SpanStyle} from '../../../source/core/deck/types.js';
import {displayWidth} from '../../../source/core/layout/display-width.js';
import type {Line} from '../../../source/core/layout/types.js';

export const span = (text: string, style: SpanStyle = {}): Span => ({text, style});

export const paragraph = (...spans: Array<Span | string>): Block => ({
	kind: 'paragraph',
	spans: spans.map(part => (typeof part === 'string' ? span(part) : part)),
	line: 1,
});

export const heading = (level: number, text: string): Block => ({kind: 'heading', level, spans: [span(text)], line: 1});

export const item = (...blocks: Block[]): ListItem => ({blocks});

export const task = (checked: boolean, text: string): ListItem => ({blocks: [paragraph(text)], checked});

export const list = (items: ListItem[], options: {ordered?: boolean; start?: number; tight?: boolean} = {}): Block => ({
	kind: 'list',
	ordered: options.ordered ?? false,
	start: options.start ?? 1,
	tight: options.tight ?? true,
	items,
	line: 1,
});

export const bullets = (...texts: string[]): Block => list(texts.map(text => item(paragraph(text))));

export const table = (align: Alignment[], header: string[], rows: string[][]): Block => ({
	kind: 'table',
	align,
	header: header.map(text => [span(text)]),
	rows: rows.map(row => row.map(text => [span(text)])),
	line: 1,
});

export const code = (text: string, language = ''): Block => ({kind: 'code', language, text, line: 1});

export const quote = (...blocks: Block[]): Block => ({kind: 'quote', blocks, line: 1});

export const rule: Block = {kind: 'rule', line: 1};

/** A slide; by default the first one is a title slide when it starts with a `#` heading. */
export const slide = (blocks: Block[], options: {number?: number; steps?: number[]; title?: string; titleSlide?: boolean; middle?: number} = {}): Slide => {
	const [first] = blocks;
	const title = options.title ?? (first?.kind === 'heading' ? first.spans.map(({text}) => text).join('') : '');
	const number = options.number ?? 2;
	const titleSlide = options.titleSlide ?? (number === 1 && first?.kind === 'heading' && first.level === 1);
	return {
		number,
		title,
		slug: title.toLowerCase().replaceAll(' ', '-'),
		blocks,
		steps: options.steps ?? [blocks.length],
		notes: [],
		line: 1,
		...(titleSlide ? {titleSlide} : {}),
		...(options.middle === undefined ? {} : {middle: options.middle}),
	};
};

/** The text of each line. */
export const texts = (lines: readonly Line[]): string[] => lines.map(line => line.map(({text}) => text).join(''));

export const widths = (lines: readonly Line[]): number[] => texts(lines).map(text => displayWidth(text));
