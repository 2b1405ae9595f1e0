import {describe, expect, test} from 'vitest';
import {wrapSpans} from '../../../source/core/layout/wrap.js';
import {span, texts, widths} from './build.js';

describe('wrapSpans', () => {
	test('wraps at spaces', () => {
		const lines = wrapSpans([span('the quick brown fox jumps over the lazy dog')], 15);
		expect(texts(lines)).toEqual(['the quick brown', 'fox jumps over', 'the lazy dog']);
	});

	test('keeps each run\'s style across a wrap', () => {
		const lines = wrapSpans([span('plain '), span('bold words here', {bold: true}), span(' end')], 12);
		expect(texts(lines)).toEqual(['plain bold', 'words here', 'end']);
		expect(lines[0]).toEqual([{text: 'plain ', style: {}}, {text: 'bold', style: {bold: true}}]);
		expect(lines[1]).toEqual([{text: 'words here', style: {bold: true}}]);
	});

	test('a word made of several runs is not broken between them', () => {
		const lines = wrapSpans([span('aaaa '), span('bb', {bold: true}), span('cc')], 6);
		expect(texts(lines)).toEqual(['aaaa', 'bbcc']);
	});

	test('maps inline styles to segment styles', () => {
		const [line] = wrapSpans([
			span('b', {bold: true}),
			span('i', {italic: true}),
			span('s', {strike: true}),
			span('c', {code: true}),
			span('l', {href: 'https://example.com'}),
		], 40, {role: 'heading'});
		expect(line?.map(({style}) => style)).toEqual([
			{role: 'heading', bold: true},
			{role: 'heading', italic: true},
			{role: 'heading', strike: true},
			{role: 'code'},
			{role: 'link', underline: true, href: 'https://example.com'},
		]);
	});

	test('shows an image as its alt text, muted and italic', () => {
		const [line] = wrapSpans([span('see '), span('a cat', {image: true})], 40);
		expect(texts([line!])).toEqual(['see [image: a cat]']);
		expect(line?.at(-1)?.style).toEqual({role: 'muted', italic: true});
	});

	test('breaks a word longer than the width', () => {
		const lines = wrapSpans([span('go to https://example.com/a/very/long/path now')], 10);
		expect(texts(lines)).toEqual(['go to', 'https://ex', 'ample.com/', 'a/very/lon', 'g/path now']);
		expect(Math.max(...widths(lines))).toBeLessThanOrEqual(10);
	});

	test('breaks long words by display width without splitting emoji', () => {
		const lines = wrapSpans([span('🚀🚀🚀🚀🚀')], 5);
		expect(texts(lines)).toEqual(['🚀🚀', '🚀🚀', '🚀']);
		expect(texts(lines).join('')).toBe('🚀🚀🚀🚀🚀');
	});

	test('measures CJK as two columns and breaks between ideographs', () => {
		const lines = wrapSpans([span('日本語のテキストを折り返す')], 10);
		expect(Math.max(...widths(lines))).toBeLessThanOrEqual(10);
		expect(texts(lines)).toEqual(['日本語のテ', 'キストを折', 'り返す']);
	});

	test('honours hard breaks, including two in a row', () => {
		const lines = wrapSpans([span('one'), span('\n'), span('two'), span('\n'), span('\n'), span('three')], 20);
		expect(texts(lines)).toEqual(['one', 'two', '', 'three']);
	});

	test('drops the spaces where a line wraps', () => {
		const lines = wrapSpans([span('aaa    bbb')], 5);
		expect(texts(lines)).toEqual(['aaa', 'bbb']);
	});

	test('turns tabs in prose into spaces so no control character is drawn', () => {
		expect(texts(wrapSpans([span('a\tb')], 10))).toEqual(['a b']);
	});

	test('an empty paragraph has no lines', () => {
		expect(wrapSpans([], 10)).toEqual([]);
	});
});

describe('link URLs for terminals without hyperlinks', () => {
	const url = 'https://example.com/reports/2024/incident-review/appendix-b/timeline-of-events';

	test('follow the link text as muted text, wrapped like any other word, never past the width', () => {
		const lines = wrapSpans([span('Read '), span('the review', {href: url}), span(' before the meeting.')], 30, {}, {linkUrls: true});
		expect(texts(lines).join('').replaceAll(/\s/g, '')).toBe(`Readthereview(${url})beforethemeeting.`);
		expect(Math.max(...widths(lines))).toBeLessThanOrEqual(30);
		const urlSegments = lines.flat().filter(segment => segment.text.includes('example') || segment.text.includes('events'));
		expect(urlSegments.every(segment => segment.style.role === 'muted' && segment.style.href === undefined)).toBe(true);
	});

	test('come once after a link of several runs', () => {
		const lines = wrapSpans([span('a ', {href: url}), span('b', {href: url, bold: true}), span(' c')], 200, {}, {linkUrls: true});
		expect(texts(lines)).toEqual([`a b (${url}) c`]);
	});

	test('are left out for links to slides, links whose text is the URL, and when hyperlinks are on', () => {
		expect(texts(wrapSpans([span('see '), span('the plan', {href: '#plan'})], 80, {}, {linkUrls: true}))).toEqual(['see the plan']);
		expect(texts(wrapSpans([span(url, {href: url})], 200, {}, {linkUrls: true}))).toEqual([url]);
		expect(texts(wrapSpans([span('docs', {href: url})], 200))).toEqual(['docs']);
	});
});
