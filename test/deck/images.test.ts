import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {imageWarnings} from '../../source/commands/check/image-warnings.js';
import {deckImages, placedImages} from '../../source/core/images/deck-images.js';
import {readImageAlt, isRemoteImage} from '../../source/core/deck/image-alt.js';
import {readHtmlImage} from '../../source/core/deck/html-image.js';
import {blockAt, md, parseClean, slideAt} from './helpers.js';

describe('image alt text and the dialects\' size hints', () => {
	it('reads presenterm\'s width, long and short, and keeps no caption from it', () => {
		expect(readImageAlt('image:width:50%')).toEqual({alt: '', size: {widthPercent: 50}});
		expect(readImageAlt('image:w:30% Our architecture')).toEqual({alt: 'Our architecture', size: {widthPercent: 30}});
	});

	it('reads Marp\'s w: and h: in pixels (bare or px) and in percent', () => {
		expect(readImageAlt('w:200 h:100px')).toEqual({alt: '', size: {widthPixels: 200, heightPixels: 100}});
		expect(readImageAlt('A chart width:40%')).toEqual({alt: 'A chart', size: {widthPercent: 40}});
	});

	it('reads Marp\'s split backgrounds as an image beside the text, half the slide unless told', () => {
		expect(readImageAlt('bg left')).toEqual({alt: '', size: {widthPercent: 50}, placement: 'left'});
		expect(readImageAlt('bg right:40% A photo')).toEqual({alt: 'A photo', size: {widthPercent: 40}, placement: 'right'});
	});

	it('reads plain bg as a background, and drops its sizing and filter keywords', () => {
		expect(readImageAlt('bg contain sepia blur:4px 80%')).toEqual({alt: '', placement: 'background'});
	});

	it('leaves words alone that are no hint: "left" is a caption without bg', () => {
		expect(readImageAlt('turn left here')).toEqual({alt: 'turn left here'});
		expect(readImageAlt('  A cat  ')).toEqual({alt: 'A cat'});
	});

	it('knows a remote source from a path', () => {
		expect(['https://x.org/a.png', 'http://x/a.png', 'data:image/png;base64,AAA', '//cdn.x/a.png'].every(src => isRemoteImage(src))).toBe(true);
		expect(['a.png', 'img/a.png', './b c.png', 'C-dir/x.jpg'].some(src => isRemoteImage(src))).toBe(false);
	});

	it('reads a lone HTML <img>: src, alt, width and height, entities decoded', () => {
		expect(readHtmlImage('<img src="a&amp;b.png" alt=\'A logo\' width=200 height="50%">\n')).toEqual({src: 'a&b.png', alt: 'A logo', size: {widthPixels: 200, heightPercent: 50}});
		expect(readHtmlImage('<img alt="no source">')).toBeUndefined();
		expect(readHtmlImage('<img src="a.png"> and text')).toBeUndefined();
	});
});

describe('image blocks', () => {
	it('makes an image alone in its paragraph a block, with its hints and its path as written', () => {
		const deck = parseClean(md('# Design', '', '![image:width:50%](diagrams/my arch.png)'.replace('my arch', 'my%20arch')));
		expect(slideAt(deck, 1).blocks[1]).toEqual({kind: 'image', src: 'diagrams/my arch.png', alt: 'arch.png'.replace('arch', 'my arch'), size: {widthPercent: 50}, line: 3});
	});

	it('names an image without a caption by its file', () => {
		const deck = parseClean(md('# A', '', '![](shots/doge.png)'));
		expect(blockAt(slideAt(deck, 1).blocks, 1, 'image').alt).toBe('doge.png');
	});

	it('reads Marp\'s bg left as a placed image', () => {
		const deck = parseClean(md('# Split', '', '![bg left](photo.jpg)', '', 'Text beside it'));
		expect(slideAt(deck, 1).blocks[1]).toEqual({kind: 'image', src: 'photo.jpg', alt: 'photo.jpg', size: {widthPercent: 50}, placement: 'left', line: 3});
	});

	it('makes a lone HTML <img> an image block, where it was dropped', () => {
		const deck = parseClean(md('# A', '', '<img src="logo.png" alt="Our logo" width="300">'));
		expect(slideAt(deck, 1).blocks[1]).toEqual({kind: 'image', src: 'logo.png', alt: 'Our logo', size: {widthPixels: 300}, line: 3});
	});

	it('keeps an image inside a line of text as its caption, hints stripped', () => {
		const deck = parseClean(md('# A', '', 'See ![image:width:50%](arch.png) and ![w:20 Logo](l.png) here'));
		const paragraph = blockAt(slideAt(deck, 1).blocks, 1, 'paragraph');
		expect(paragraph.spans.filter(span => span.style.image).map(span => span.text)).toEqual(['arch.png', 'Logo']);
	});

	it('sanitizes a path with escape bytes', () => {
		const deck = parseClean(md('# A', '', '![x](evil%1B[31m.png)'));
		const block = blockAt(slideAt(deck, 1).blocks, 1, 'image');
		expect(block.src).not.toContain('\u001B');
		expect(block.src).toContain('␛');
	});
});

describe('images nested in other blocks', () => {
	const nested = md(
		'# Side by side',
		'',
		'<!-- column_layout: [1, 1] -->',
		'',
		'<!-- column: 0 -->',
		'',
		'![](left.png)',
		'',
		'<!-- column: 1 -->',
		'',
		'> ![](quoted.png)',
		'',
		'<!-- reset_layout -->',
		'',
		'- ![](listed.png)',
	);

	it('finds an image inside a column, a quote and a list item, at its line', () => {
		const deck = parseClean(nested);
		expect(placedImages(deck)).toEqual([{src: 'left.png', line: 7}, {src: 'quoted.png', line: 11}, {src: 'listed.png', line: 15}]);
		expect(deckImages(deck)).toEqual(['left.png', 'quoted.png', 'listed.png']);
	});

	it('warns in `check` about a missing image inside a column, at its line', async () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'nested-images-'));
		try {
			const warnings = await imageWarnings(parseClean(nested), path.join(dir, 'deck.md'));
			expect(warnings.map(warning => [warning.line, warning.message.split(' ').slice(0, 2).join(' ')])).toEqual([[7, 'image `left.png`'], [11, 'image `quoted.png`'], [15, 'image `listed.png`']]);
		} finally {
			rmSync(dir, {recursive: true, force: true});
		}
	});
});
