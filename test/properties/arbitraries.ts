/**
fast-check generators of decks: random Markdown built from the pieces the
parser cares about (slides, headings, inline markup, lists, tables, fences,
comments and directives, quiz syntax, front matter), with hostile bytes
(escape sequences, C1 controls, bidi overrides, NUL, lone CR) mixed in.
*/
import fc from 'fast-check';

const hostile = fc.constantFrom(
	'\u001B[31m', '\u001B]0;title\u0007', '\u001B]52;c;aGk=\u0007', '\u009B2J', '\u0085', '\u202E', '\u2066', '\u0000', '\r', '\u0008', '\u007F', '\uFEFF', '\t',
);

/** A short run of text: words, emoji, CJK, Markdown punctuation and hostile bytes. */
const words = fc.array(
	fc.oneof(
		{weight: 6, arbitrary: fc.constantFrom('alpha', 'beta', 'Gamma', 'delta', 'why now', 'x', '42', '漢字', 'café', '😀', '👩‍💻', 'e\u0301')},
		{weight: 2, arbitrary: fc.constantFrom('*', '_', '`', '[', ']', '(', ')', '<', '>', '|', '\\', '#', '!', '&amp;', '<br>', ':')},
		{weight: 1, arbitrary: hostile},
		{weight: 1, arbitrary: fc.string({maxLength: 8})},
	),
	{minLength: 1, maxLength: 12},
).map(parts => parts.join(' '));

const inline = fc.oneof(
	words,
	words.map(text => `**${text}**`),
	words.map(text => `_${text}_`),
	words.map(text => `\`${text}\``),
	fc.tuple(words, fc.constantFrom('#alpha', '#2', '#no-such-slide', 'https://example.com/a', 'https://e.com/\u001B[31m', '#')).map(([text, href]) => `[${text}](${href})`),
	words.map(text => `![${text}](image.png)`),
	words.map(text => `<!-- ${text} -->`),
);

const paragraph = fc.array(inline, {minLength: 1, maxLength: 5}).map(parts => parts.join(' '));

const heading = fc.tuple(fc.integer({min: 1, max: 6}), paragraph).map(([level, text]) => `${'#'.repeat(level)} ${text}`);

const listItem = fc.tuple(fc.constantFrom('- ', '* ', '1. ', '- [x] ', '- [ ] ', '  - ', '    - '), paragraph).map(([marker, text]) => marker + text);
const list = fc.array(listItem, {minLength: 1, maxLength: 8}).map(items => items.join('\n'));

const table = fc.tuple(fc.integer({min: 1, max: 5}), fc.array(fc.array(words, {minLength: 1, maxLength: 5}), {maxLength: 6}))
	.map(([columns, rows]) => [
		`| ${Array.from({length: columns}, (_, index) => `h${index}`).join(' | ')} |`,
		`|${Array.from({length: columns}, (_, index) => [':-', '-:', ':-:', '---'][index % 4]).join('|')}|`,
		...rows.map(row => `| ${row.join(' | ')} |`),
	].join('\n'));

const fence = fc.tuple(fc.constantFrom('', 'js', 'ts', 'python', 'yaml', 'nope', 'js \u001B[31m'), fc.array(fc.oneof(words, fc.constant('\tindented')), {maxLength: 6}), fc.boolean())
	.map(([language, lines, closed]) => `\`\`\`${language}\n${lines.join('\n')}${closed ? '\n```' : ''}`);

const quote = paragraph.map(text => `> ${text}`);

const directive = fc.constantFrom(
	'<!-- pause -->', '<!-- stop -->', '<!-- end_slide -->', '<!-- speaker_note: hello -->', '<!-- column_layout: [1, 2] -->',
	'<!-- id: same -->', '<!-- quiz -->', '<!--', '-->', '<!-- note with \u001B[2J -->',
);

const block = fc.oneof(
	{weight: 3, arbitrary: paragraph},
	{weight: 2, arbitrary: heading},
	{weight: 2, arbitrary: list},
	{weight: 1, arbitrary: table},
	{weight: 1, arbitrary: fence},
	{weight: 1, arbitrary: quote},
	{weight: 2, arbitrary: directive},
	{weight: 2, arbitrary: fc.constantFrom('---', '***', '', 'Setext title\n---')},
);

const question = fc.tuple(paragraph, fc.array(fc.tuple(fc.boolean(), paragraph), {minLength: 0, maxLength: 5}), fc.option(paragraph))
	.map(([prompt, options, explanation]) => [
		`## ${prompt}`,
		'',
		...options.map(([right, text]) => `- [${right ? 'x' : ' '}] ${text}`),
		...(explanation ? ['', explanation] : []),
	].join('\n'));

const frontMatter = fc.oneof(
	fc.constant(''),
	fc.tuple(words, fc.constantFrom('10', 'soon', '-1', '[1, 2]'), fc.constantFrom('title', 'subtitle', 'author', 'theme', 'weird')).map(([title, duration, key]) => `---\ntitle: ${JSON.stringify(title)}\nduration: ${duration}\n${key}: x\n---\n`),
	fc.string({maxLength: 40}).map(text => `---\n${text}\n---\n`),
);

/** A whole deck as text. */
export const deckText = fc.tuple(
	frontMatter,
	fc.array(block, {maxLength: 25}),
	fc.option(fc.array(question, {maxLength: 4})),
	fc.boolean(),
).map(([front, blocks, questions, crlf]) => {
	const text = front + blocks.join('\n\n') + (questions ? `\n\n<!-- quiz -->\n\n# Quiz\n\n${questions.join('\n\n')}` : '') + '\n';
	return crlf ? text.replaceAll('\n', '\r\n') : text;
});

/** Anything at all, including what is not Markdown. */
export const anyText = fc.oneof(fc.string({maxLength: 300}), fc.string({unit: 'binary', maxLength: 300}), deckText);
