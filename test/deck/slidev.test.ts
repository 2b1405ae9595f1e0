import {describe, expect, it} from 'vitest';
import {parseDeck} from '../../source/core/deck/parse.js';
import {blocksToPlainText} from '../../source/core/layout/plain-text.js';

const slidevDeck = [
	'---',
	'theme: default',
	'highlighter: shiki',
	'duration: 35min',
	'---',
	'',
	'# Welcome',
	'',
	'---',
	'layout: two-cols',
	'---',
	'',
	'# Left side',
	'',
	'- one',
	'- two',
	'::right::',
	'',
	'Right side text.',
	'',
	'---',
	'layout: two-cols-header',
	'---',
	'',
	'Across the top.',
	'',
	'::left::',
	'',
	'Left.',
	'',
	'::right::',
	'',
	'Right.',
	'',
	'---',
	'',
	'<v-clicks>',
	'',
	'- first',
	'- second',
	'',
	'</v-clicks>',
	'',
	'<v-click>',
	'',
	'Later.',
	'',
	'</v-click>',
	'',
].join('\n');

describe('Slidev decks', () => {
	const {deck, diagnostics} = parseDeck(slidevDeck);

	it('splits slides at `---`, hides each slide\'s front matter and reads `duration: 35min`, with no warnings', () => {
		// Headmatter keys of Slidev's own (`theme`, `highlighter`) are another matter: only headings and titles are checked here.
		expect(diagnostics.filter(diagnostic => /heading|title|layout|column/.test(diagnostic.message))).toEqual([]);
		expect(deck.slides.map(slide => slide.title)).toEqual(['Welcome', 'Left side', '', '']);
		expect(deck.meta.duration).toBe(35);
		expect(JSON.stringify(deck.slides)).not.toMatch(/layout|::right::|v-click/);
	});

	it('lays a two-cols slide out as two columns, the default slot left and `::right::` right', () => {
		const columns = deck.slides[1]!.blocks.find(block => block.kind === 'columns');
		expect(columns?.kind === 'columns' && columns.columns.map(column => blocksToPlainText(column))).toEqual(['# Left side'.slice(2) + '\n\n- one\n- two', 'Right side text.']);
	});

	it('puts a two-cols-header slide\'s default slot across the top, over its columns', () => {
		const [header, columns] = deck.slides[2]!.blocks;
		expect(header).toMatchObject({kind: 'paragraph', spans: [{text: 'Across the top.'}]});
		expect(columns?.kind === 'columns' && columns.columns.map(column => blocksToPlainText(column))).toEqual(['Left.', 'Right.']);
	});

	it('reveals `<v-clicks>` lists item by item and `<v-click>` on a click', () => {
		expect(deck.slides[3]!.steps).toEqual([1, 2, 3]);
		expect(blocksToPlainText(deck.slides[3]!.blocks)).toBe('- first\n- second\n\nLater.');
	});

	it('reads the other forms of a Slidev duration, and refuses what is none', () => {
		const minutes = (value: string) => parseDeck(`---\nduration: ${value}\n---\n# A\n`).deck.meta.duration;
		expect(['35m', '1h', '1h30m', '90'].map(value => minutes(value))).toEqual([35, 60, 90, 90]);
		expect(parseDeck('---\nduration: soon\n---\n# A\n').diagnostics[0]).toMatchObject({severity: 'error', line: 2});
	});

	it('leaves slot markers and separators inside code blocks alone', () => {
		const {deck: code} = parseDeck('---\ntheme: x\nlayout: cover\n---\n\n# A\n\n```md\n::right::\n---\nlayout: two-cols\n---\n```\n');
		expect(code.slides).toHaveLength(1);
		expect(code.slides[0]!.blocks[1]).toMatchObject({kind: 'code', text: '::right::\n---\nlayout: two-cols\n---'});
	});

	it('keeps a separator after a ```` ```js ```` line inside a ``` block as code: only a bare fence as long closes it, as CommonMark has it', () => {
		const {deck: code} = parseDeck('---\ntheme: x\nlayout: cover\n---\n\n# A\n\n```md\n```js\n---\n::right::\n```\n');
		expect(code.slides).toHaveLength(1);
		expect(code.slides[0]!.blocks[1]).toMatchObject({kind: 'code', text: '```js\n---\n::right::'});
	});
});

describe('Slidev front matter that shapes the show', () => {
	it('reads Slidev\'s headmatter keys as its own, with no warning', () => {
		const {diagnostics} = parseDeck('---\ntheme: seriph\nlayout: cover\ninfo: about\ndrawings:\n  persist: false\ntransition: slide-left\nmonaco: true\n---\n\n# A\n');
		expect(diagnostics).toEqual([]);
	});

	it('leaves a `hide: true` or `disabled: true` slide out of the show', () => {
		const {deck} = parseDeck('---\ntheme: default\nlayout: cover\n---\n\n# One\n\n---\nhide: true\n---\n\n# Hidden\n\n---\ndisabled: true\n---\n\n# Disabled\n\n---\n\n# Two\n');
		expect(deck.slides.map(slide => slide.title)).toEqual(['One', 'Two']);
	});

	it('keeps an image layout\'s pictures from its front matter, so a slide of only a picture is not lost', () => {
		const {deck} = parseDeck('---\ntheme: default\nlayout: cover\n---\n\n# One\n\n---\nlayout: 3-images\nimageLeft: left.png\nimageTopRight: \'top.png\'\nimageBottomRight: bottom.png\n---\n\n---\n\n# Three\n');
		expect(deck.slides).toHaveLength(3);
		expect(deck.slides[1]!.blocks.filter(block => block.kind === 'image').map(block => block.kind === 'image' && block.src)).toEqual(['left.png', 'top.png', 'bottom.png']);
	});
});

describe('Slidev imports', () => {
	it('puts a `src:` file\'s slides in place of the importing slide, whose own content is ignored', () => {
		const resolve = (target: string) => (target === './pages/more.md'
			? {ok: true as const, file: 'pages/more.md', key: 'more', text: '# Two\n\n---\n\n# Three\n'}
			: {ok: false as const, message: 'is not found'});
		const text = '---\ntheme: default\nlayout: cover\n---\n\n# One\n\n---\nsrc: ./pages/more.md\nhide: false\n---\n\nignored\n\n---\n\n# Four\n';
		const {deck, diagnostics} = parseDeck(text, {includes: {resolve, rootKey: 'deck', maxAddedBytes: 10_000}});
		expect(diagnostics).toEqual([]);
		expect(deck.slides.map(slide => slide.title)).toEqual(['One', 'Two', 'Three', 'Four']);
	});
});
