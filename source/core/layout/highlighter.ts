/**
Syntax highlighting for code blocks. lowlight (highlight.js) is large, so it is
loaded only when a deck has code: call `loadHighlighter()` once, then pass the
function it resolves to as the `highlighter` layout option.
*/
import type {Block, Deck, Question, Slide} from '../deck/types.js';
import type {Role, Segment} from './types.js';

/**
Splits code into lines of segments whose texts join back to exactly the code
(split at `\n`). Returns `undefined` for a language it doesn't know, and the
code is then shown plain.
*/
export type Highlighter = (code: string, language: string) => Segment[][] | undefined;

/** Grammars registered; each brings its own aliases (js, ts, sh, py, yml, md, html, c++ …). */
const grammarNames = [
	'javascript',
	'typescript',
	'json',
	'bash',
	'shell',
	'python',
	'go',
	'rust',
	'yaml',
	'markdown',
	'diff',
	'xml',
	'css',
	'sql',
	'java',
	'c',
	'cpp',
] as const;

// Checked in order, so the more specific class wins when an element has several.
const roleByClass: ReadonlyArray<readonly [string, Role]> = [
	['hljs-comment', 'comment'],
	['hljs-quote', 'comment'],
	['hljs-doctag', 'keyword'],
	['hljs-keyword', 'keyword'],
	['hljs-selector-tag', 'keyword'],
	['hljs-section', 'keyword'],
	['hljs-meta', 'keyword'],
	['hljs-deletion', 'keyword'],
	['hljs-string', 'string'],
	['hljs-regexp', 'string'],
	['hljs-char', 'string'],
	['hljs-link', 'string'],
	['hljs-code', 'string'],
	['hljs-addition', 'string'],
	['hljs-number', 'number'],
	['hljs-literal', 'number'],
	['hljs-title', 'symbol'],
	['hljs-function', 'symbol'],
	['hljs-type', 'symbol'],
	['hljs-built_in', 'symbol'],
	['hljs-attr', 'symbol'],
	['hljs-attribute', 'symbol'],
	['hljs-property', 'symbol'],
	['hljs-variable', 'symbol'],
	['hljs-template-variable', 'symbol'],
	['hljs-name', 'symbol'],
	['hljs-selector-class', 'symbol'],
	['hljs-selector-id', 'symbol'],
	['hljs-selector-attr', 'symbol'],
	['hljs-selector-pseudo', 'symbol'],
	['hljs-symbol', 'symbol'],
	['hljs-bullet', 'symbol'],
];

/** The role for an element's highlight.js classes, or undefined when none is mapped. */
export function roleForClasses(classes: readonly string[]): Role | undefined {
	return roleByClass.find(([name]) => classes.includes(name))?.[1];
}

// The part of a hast tree lowlight produces; typed here so this module needs no `hast` import.
type HastNode = {
	readonly type: string;
	readonly value?: string;
	readonly properties?: {readonly className?: unknown};
	readonly children?: readonly HastNode[];
};

/** Flattens a highlighted tree into lines; the innermost mapped class decides a text's role. */
export function hastToLines(tree: HastNode): Segment[][] {
	const lines: Segment[][] = [[]];
	const visit = (node: HastNode, role: Role): void => {
		if (node.type === 'text') {
			const parts = (node.value ?? '').split('\n');
			for (const [index, text] of parts.entries()) {
				if (index > 0) {
					lines.push([]);
				}

				if (text !== '') {
					lines.at(-1)!.push({text, style: {role}});
				}
			}

			return;
		}

		const className = node.properties?.className;
		const classes = Array.isArray(className) ? className.map(String) : [];
		const ownRole = roleForClasses(classes) ?? role;
		for (const child of node.children ?? []) {
			visit(child, ownRole);
		}
	};

	visit(tree, 'code');
	return lines;
}

/** The language name of a fence info string: its first word, lower case. */
export function languageOf(info: string): string {
	return info.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
}

const cacheSize = 64;

/**
Longer code is shown plain. highlight.js grammars are regular expressions
with backtracking; on a block of hundreds of kilobytes one can take seconds,
and the slide would wait for it. No code meant to be read on a slide is this long.
*/
const MAX_HIGHLIGHT_CHARACTERS = 20_000;

export async function loadHighlighter(): Promise<Highlighter> {
	const {common, createLowlight} = await import('lowlight');
	const lowlight = createLowlight(Object.fromEntries(grammarNames.map(name => [name, common[name]!])));
	// Layout runs on every render; highlighting the same code again would dominate it.
	const cache = new Map<string, Segment[][] | undefined>();
	return (code, language) => {
		const name = languageOf(language);
		if (name === '' || !lowlight.registered(name) || code.length > MAX_HIGHLIGHT_CHARACTERS) {
			return undefined;
		}

		const key = `${name}\u0000${code}`;
		if (cache.has(key)) {
			return cache.get(key);
		}

		let lines: Segment[][] | undefined;
		try {
			lines = hastToLines(lowlight.highlight(name, code));
		} catch {
			// A grammar that throws on odd input is not worth failing a slide for.
			lines = undefined;
		}

		if (cache.size >= cacheSize) {
			cache.delete(cache.keys().next().value!);
		}

		cache.set(key, lines);
		return lines;
	};
}

const blockHasCode = (block: Block): boolean => {
	switch (block.kind) {
		case 'code': {
			return true;
		}

		case 'quote': {
			return block.blocks.some(blockHasCode);
		}

		case 'columns': {
			return block.columns.some(column => column.some(blockHasCode));
		}

		case 'list': {
			return block.items.some(item => item.blocks.some(blockHasCode));
		}

		default: {
			return false;
		}
	}
};

/** Whether any slide shows a code block (nested ones included), so the app knows to load the highlighter. */
export function deckNeedsHighlighter(slides: readonly Slide[]): boolean {
	return slides.some(slide => slide.blocks.some(blockHasCode));
}

/**
The syntax highlighter, when the deck's slides or these questions' answers
have code: lowlight is large, so only a deck with code pays for loading it.
*/
export async function highlighterFor(deck: Pick<Deck, 'slides'>, questions: readonly Question[]): Promise<Highlighter | undefined> {
	const answers = questions.flatMap(question => [...question.explanation, ...question.options.flatMap(option => option.feedback)]);
	return deckNeedsHighlighter(deck.slides) || answers.some(blockHasCode) ? loadHighlighter() : undefined;
}
