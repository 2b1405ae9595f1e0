import {beforeAll, describe, expect, test} from 'vitest';
import type {Block, Question} from '../../../source/core/deck/types.js';
import {layoutBlocks} from '../../../source/core/layout/blocks.js';
import {
	deckNeedsHighlighter, hastToLines, type Highlighter, highlighterFor, languageOf, loadHighlighter, roleForClasses,
} from '../../../source/core/layout/highlighter.js';
import type {Line} from '../../../source/core/layout/types.js';
import {bullets, code, item, list, paragraph, quote, slide, texts, widths} from './build.js';

const codeSegments = (line: Line | undefined) => (line ?? []).slice(1, -1);

describe('code blocks', () => {
	test('are framed, with the language in the top border', () => {
		const lines = layoutBlocks([code('let a = 1\nlet b = 2\n', 'js')], 40);
		expect(texts(lines)).toEqual([
			'┌─ js ──────┐',
			'│ let a = 1 │',
			'│ let b = 2 │',
			'└───────────┘',
		]);
		expect(lines[0]?.[0]?.style.role).toBe('border');
		expect(lines[0]?.[1]).toEqual({text: 'js', style: {role: 'muted'}});
		expect(codeSegments(lines[1])).toEqual([{text: 'let a = 1', style: {role: 'code'}}]);
	});

	test('without a language the top border is plain', () => {
		expect(texts(layoutBlocks([code('x')], 40))).toEqual(['┌───┐', '│ x │', '└───┘']);
	});

	test('wrap too-wide lines at the frame, each continued row behind a ↪ mark, nothing cut', () => {
		const lines = layoutBlocks([code(`short\n${'x'.repeat(16)}${'y'.repeat(14)}${'z'.repeat(5)}`)], 20);
		expect(texts(lines)).toEqual([
			'┌──────────────────┐',
			'│ short            │',
			`│ ${'x'.repeat(16)} │`,
			`│ ↪ ${'y'.repeat(14)} │`,
			`│ ↪ ${'z'.repeat(5)}${' '.repeat(9)} │`,
			'└──────────────────┘',
		]);
		expect(lines[3]?.[1]).toEqual({text: '↪ ', style: {role: 'muted'}});
		expect(new Set(widths(lines))).toEqual(new Set([20]));
	});

	test('number their lines with +line_numbers; a wrapped line keeps one number', () => {
		const numbered = {kind: 'code', language: '', text: `a\n${'b'.repeat(20)}`, line: 1, lineNumbers: true} as const;
		expect(texts(layoutBlocks([numbered], 20))).toEqual([
			'┌──────────────────┐',
			'│ 1 a              │',
			`│ 2 ${'b'.repeat(14)} │`,
			`│   ↪ ${'b'.repeat(6)}${' '.repeat(6)} │`,
			'└──────────────────┘',
		]);
	});

	test('expand tabs to spaces', () => {
		const lines = layoutBlocks([code('if x:\n\treturn 1\n\t\tdeep')], 40);
		expect(texts(lines).slice(1, 4)).toEqual(['│ if x:        │', '│     return 1 │', '│         deep │']);
		expect(texts(lines).join('')).not.toContain('\t');
	});

	test('keep CJK lines aligned inside the frame', () => {
		const lines = layoutBlocks([code('// 日本語のコメント\nx')], 40);
		expect(new Set(widths(lines)).size).toBe(1);
	});

	test('are plain code without a highlighter', () => {
		const lines = layoutBlocks([code('const x = 1', 'ts')], 40);
		expect(codeSegments(lines[1]).map(({style}) => style.role)).toEqual(['code']);
	});
});

describe('syntax highlighting with lowlight', () => {
	let highlighter: Highlighter;
	beforeAll(async () => {
		highlighter = await loadHighlighter();
	});

	const roleOf = (lines: readonly Line[], text: string) =>
		lines.flat().find(segment => segment.text === text)?.style.role;

	test('maps highlight.js classes to roles', () => {
		const source = 'const answer = 42; // the answer\nfunction greet(name) { return "hi " + name; }\nlet ok = true;';
		const lines = layoutBlocks([code(source, 'javascript')], 80, {highlighter});
		expect(roleOf(lines, 'const')).toBe('keyword');
		expect(roleOf(lines, '42')).toBe('number');
		expect(roleOf(lines, '// the answer')).toBe('comment');
		expect(roleOf(lines, '"hi "')).toBe('string');
		expect(roleOf(lines, 'greet')).toBe('symbol');
		expect(roleOf(lines, 'true')).toBe('number');
		expect(texts(lines)[1]).toMatch(/^│ const answer = 42; \/\/ the answer +│$/);
	});

	test('knows the common aliases', () => {
		for (const [language, source] of [['ts', 'let x: number'], ['py', 'def f(): pass'], ['sh', 'echo hi'], ['yml', 'a: 1'], ['rs', 'fn main() {}'], ['go', 'func main() {}'], ['sql', 'SELECT 1'], ['html', '<p>x</p>'], ['diff', '+a\n-b']] as const) {
			expect(highlighter(source, language), language).toBeDefined();
		}
	});

	test('keeps the text of every line, multi-line tokens included', () => {
		const source = '/* one\n   two */\nconst s = `a\nb`;\n';
		const lines = highlighter(source, 'js')!;
		expect(lines.map(line => line.map(({text}) => text).join(''))).toEqual(source.split('\n'));
		expect(lines[1]?.[0]?.style.role).toBe('comment');
	});

	test('highlights after expanding tabs and still wraps wide lines, keeping their colours', () => {
		const lines = layoutBlocks([code(`\tx = "${'y'.repeat(40)}"`, 'python')], 24, {highlighter});
		expect(new Set(widths(lines))).toEqual(new Set([24]));
		expect(texts(lines)[1]).toMatch(/^│ {5}x = "y+ │$/);
		expect(texts(lines)[2]).toMatch(/^│ ↪ y+ +│$/);
		expect(lines[2]?.find(part => part.text.startsWith('y'))?.style.role).toBe('string');
	});

	test('falls back to plain code for an unknown language', () => {
		expect(highlighter('x', 'klingon')).toBeUndefined();
		const lines = layoutBlocks([code('x y', 'klingon')], 40, {highlighter});
		expect(codeSegments(lines[1])[0]).toEqual({text: 'x y', style: {role: 'code'}});
	});
});

describe('highlighter helpers', () => {
	test('the innermost mapped class wins', () => {
		expect(roleForClasses(['hljs-title', 'function_'])).toBe('symbol');
		expect(roleForClasses(['hljs-params'])).toBeUndefined();
		const lines = hastToLines({
			type: 'root',
			children: [{
				type: 'element',
				properties: {className: ['hljs-string']},
				children: [{type: 'text', value: '"a '}, {type: 'element', properties: {className: ['hljs-subst']}, children: [{type: 'text', value: '${b}'}]}, {type: 'text', value: '"'}],
			}],
		});
		expect(lines).toEqual([[{text: '"a ', style: {role: 'string'}}, {text: '${b}', style: {role: 'string'}}, {text: '"', style: {role: 'string'}}]]);
	});

	test('the language is the first word of the fence info', () => {
		expect(languageOf(' TypeScript title="x.ts"')).toBe('typescript');
	});

	test('deckNeedsHighlighter finds code, nested too', () => {
		expect(deckNeedsHighlighter([slide([paragraph('x'), bullets('y')])])).toBe(false);
		expect(deckNeedsHighlighter([slide([paragraph('x')]), slide([code('x')])])).toBe(true);
		expect(deckNeedsHighlighter([slide([quote(list([item(paragraph('x'), code('y'))]))])])).toBe(true);
	});

	test('highlighterFor loads the highlighter for code in the slides or in an answer, nested too, and only then', async () => {
		const question = (explanation: Block[], feedback: Block[] = []): Question => ({
			id: 'q', prompt: 'Q?', kind: 'single', options: [{text: 'A', spans: [], correct: true, feedback, line: 1}], correct: [0], explanation, line: 1,
		});
		const plain = {slides: [slide([paragraph('x')])]};
		expect(await highlighterFor(plain, [question([paragraph('why')])])).toBeUndefined();
		expect(await highlighterFor(plain, [question([quote(code('x'))])])).toBeTypeOf('function');
		expect(await highlighterFor(plain, [question([], [code('x')])])).toBeTypeOf('function');
		expect(await highlighterFor({slides: [slide([code('x')])]}, [])).toBeTypeOf('function');
	});
});

describe('a wide character at the edge of the first row', () => {
	test('starts the next row instead of running past the frame', () => {
		expect(texts(layoutBlocks([code('- [ ] _42 42 漢字 *_ *')], 20))).toEqual([
			'┌─────────────────┐',
			'│ - [ ] _42 42 漢 │',
			'│ ↪ 字 *_ *       │',
			'└─────────────────┘',
		]);
	});
});
