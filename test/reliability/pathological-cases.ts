/**
Pathological inputs, each a function of a size n. The cmark suite's cases
(test/pathological_tests.py in commonmark/cmark, rewritten here from their
descriptions) and every class of super-linear or crashing input found in
briefing-deck itself. The pathological test runs each at a base and a double
size; RELIABILITY.md lists the figures.
*/
export type PathologicalCase = {
	readonly name: string;
	/** n at the base size; the test also runs 2n. */
	readonly base: number;
	readonly make: (n: number) => string;
	/**
	The doubling this case may cost, where it differs from the suite's 2.5x; a
	comment at the case says why.
	*/
	readonly maxRatio?: number;
};

const repeat = (text: string, n: number): string => text.repeat(n);
const lines = (n: number, line: (index: number) => string): string => Array.from({length: n}, (_, index) => line(index)).join('\n');

/** Under a title, so each is a deck with one slide. */
const deck = (body: string): string => `# Pathological\n\n${body}\n`;

export const cmarkCases: readonly PathologicalCase[] = [
	{name: 'cmark: nested strong emph', base: 4000, make: n => deck(`${repeat('*a **a ', n)}b${repeat(' a** a*', n)}`)},
	{name: 'cmark: many emph closers with no openers', base: 18_000, make: n => deck(repeat('a_ ', n))},
	{name: 'cmark: many emph openers with no closers', base: 18_000, make: n => deck(repeat('_a ', n))},
	{name: 'cmark: many link closers with no openers', base: 28_000, make: n => deck(repeat('a]', n))},
	{name: 'cmark: many link openers with no closers', base: 28_000, make: n => deck(repeat('[a', n))},
	// One paragraph of 28,000 delimiters, near the deck size limit: parsing and
	// laying it out are linear (1.6x a doubling, measured in one process), but
	// each warm pass starts from a collected heap, and the scavenges that grow it
	// again copy a live set that grows with the input, so the pass measures
	// 2.0-2.8x on a 2-core machine from run to run. Bounded at 3x rather than
	// left to fail at random; the pass is 180 ms at the double size.
	{name: 'cmark: mismatched openers and closers', base: 14_000, make: n => deck(repeat('*a_ ', n)), maxRatio: 3},
	{name: 'cmark: openers and closers multiple of 3', base: 18_000, make: n => deck(`a**b${repeat('c* ', n)}`)},
	{name: 'cmark: link openers and emph closers', base: 14_000, make: n => deck(repeat('[ a_', n))},
	{name: 'cmark: nested brackets', base: 28_000, make: n => deck(`${repeat('[', n)}a${repeat(']', n)}`)},
	{name: 'cmark: nested block quotes', base: 28_000, make: n => deck(`${repeat('> ', n)}a`)},
	// cmark nests 1,000 deep; here the depth cycles, so that doubling n doubles the input.
	{name: 'cmark: deeply nested lists', base: 500, make: n => deck(lines(n, index => `${'  '.repeat(index % 100)}* a`))},
	// cmark's runs grow to 10,000 backticks; here they cycle up to 100, for the same reason.
	{name: 'cmark: backticks', base: 1000, make: n => deck(Array.from({length: n}, (_, index) => `e${'`'.repeat((index % 100) + 1)}`).join(''))},
	{name: 'cmark: unclosed links A', base: 9000, make: n => deck(repeat('[a](<b', n))},
	{name: 'cmark: unclosed links B', base: 11_000, make: n => deck(repeat('[a](b', n))},
	{name: 'cmark: many references', base: 4000, make: n => deck(`${lines(n, index => `[${index + 1}]: u`)}\n\n${repeat('[0] ', n)}`)},
];

export const deckCases: readonly PathologicalCase[] = [
	{name: 'unclosed HTML comments', base: 3500, make: n => deck(lines(n, index => `<!-- note ${index}\n`))},
	{name: 'broken #links across many slides (did you mean)', base: 1000, make: n => lines(n, index => `## Slide ${index}\n\nSee [there](#missing-slide-${index}).\n\n---\n`)},
	{name: 'a long slug, mistyped in a link', base: 25_000, make: n => `# ${repeat('a', n)}\n\nSee [it](#${repeat('a', n - 1)}b).\n`},
	{name: 'a huge table', base: 1300, make: n => deck(`| a | b | c |\n| --- | --- | --- |\n${lines(n, index => `| ${index} | cell ${index} | more text ${index} |`)}`)},
	{name: 'a long list', base: 4500, make: n => deck(lines(n, index => `- item ${index}`))},
	{name: 'a long code block', base: 2200, make: n => deck(`\`\`\`js\n${lines(n, index => `const line${index} = ${index};`)}\n\`\`\``)},
	{name: 'hard breaks', base: 5000, make: n => deck(lines(n, index => `line ${index}  `))},
	{name: 'many slides', base: 1300, make: n => lines(n, index => `## Slide ${index}\n\nText of slide ${index}.\n\n---\n`)},
	{name: 'deep front matter', base: 25_000, make: n => `---\ntitle: ${repeat('[', n)}${repeat(']', n)}\n---\n\n# Deck\n`},
	{name: 'one line of 100,000 characters (at the double size)', base: 10_000, make: n => deck(repeat('word ', n))},
];

/**
The worst decks the size limit accepts: each fills it with the smallest unit
of one construct, which makes the most tokens and objects per byte.
*/
export const limitCases: ReadonlyArray<{readonly name: string; readonly make: (bytes: number) => string}> = [
	['headings (one slide each)', '', '# a\n'],
	['list items', '# L\n\n', '- a\n'],
	['nested list items', '# N\n\n', '- a\n  - b\n'],
	['table rows', '# T\n\n|a|b|\n|-|-|\n', '|1|2|\n'],
	['paragraphs', '# P\n\n', 'a\n\n'],
	['emphasis', '# E\n\n', '*a* '],
	['links', '# L\n\n', '[a](#l) '],
	['hard breaks', '# B\n\n', 'a  \n'],
	['slides', '', '# a\n\n---\n\n'],
].map(([name, head, unit]) => ({name: name!, make: (bytes: number) => head! + unit!.repeat(Math.floor((bytes - head!.length) / unit!.length))}));
