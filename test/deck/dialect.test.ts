import {describe, expect, it} from 'vitest';
import {detectDialect} from '../../source/core/deck/dialect.js';

describe('which presenter a deck was written for', () => {
	it.each([
		['---\nmarp: true\n---\n# A\n', 'marp', 2],
		['---\ntitle: T\npatat:\n  wrap: true\n---\n# A\n', 'patat', 3],
		['---\ntitle: T\nsub_title: S\n---\n# A\n', 'presenterm', 3],
		['# A\n\n<!-- end_slide -->\n\n# B\n', 'presenterm', 3],
		['# A\n\n<!-- stop -->\n\nmore\n', 'lookatme', 3],
		['---\ntheme: seriph\nlayout: cover\n---\n# A\n', 'slidev', 3],
		['# A\n\n::right::\n\nB\n', 'slidev', 3],
		['%title: Talk\n%author: me\n\n# A\n', 'mdp', 1],
		['# A\n\n-> centred <-\n', 'mdp', 3],
		['# A\n\none\n\n. . .\n\ntwo\n', 'patat', 5],
		['---\npaging: Slide %d / %d\n---\n# A\n', 'slides', 2],
		['# A\n\n<!-- _class: lead -->\n', 'marp', 3],
		['<!-- $theme: gaia -->\n\n# A\n', 'marp', 1],
		['# A\n\n---\n<!-- *template: invert -->\n', 'marp', 4],
		['# A\n\n![bg right 50%](a.png)\n', 'marp', 3],
		['---\ntheme: default\nclass:\n---\n# A\n', 'marp', 2],
		['---\ntheme: ascii\n---\n# A\n', 'slides', 2],
		['---\ntheme: https://example.com/styles/theme.json\n---\n# A\n', 'slides', 2],
		['# A\n\n~~~graph-easy --as=boxart\n[ A ] -> [ B ]\n~~~\n', 'slides', 3],
	])('%j is read as %s', (text, dialect, line) => {
		expect(detectDialect(text)).toMatchObject({dialect, line});
	});

	it('reads a deck with no other tool\'s marks as briefing-deck\'s own', () => {
		expect(detectDialect('---\ntitle: T\nauthor: A\n---\n# One\n\n---\n\n# Two\n\n<!-- pause -->\n\n<!-- quiz -->\n')).toEqual({dialect: 'briefing-deck'});
	});

	it('lets a weak front matter mark decide only where no strong mark is found', () => {
		expect(detectDialect('---\ntheme: default\nclass: lead\n---\n# A\n\n<!-- end_slide -->\n')).toMatchObject({dialect: 'presenterm', line: 7});
		expect(detectDialect('---\ntheme: dark\nlayout: cover\n---\n# A\n')).toMatchObject({dialect: 'slidev', line: 3});
		expect(detectDialect('---\ntheme: default\n---\n# A\n')).toEqual({dialect: 'briefing-deck'});
	});

	it('reads a `~~~` fence inside a ``` block as code, not as a fence of its own', () => {
		expect(detectDialect('# A\n\n```\n~~~graph-easy --as=boxart\n~~~\n<!-- end_slide -->\n```\n').dialect).toBe('briefing-deck');
		expect(detectDialect('# A\n\n~~~python {.numberLines}\nx\n~~~\n').dialect).toBe('briefing-deck');
	});

	it('ignores marks shown inside code blocks', () => {
		expect(detectDialect('# A\n\n```md\n<!-- end_slide -->\n::right::\n```\n').dialect).toBe('briefing-deck');
	});
});
