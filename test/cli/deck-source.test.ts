import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {deckSource, sourceFile} from '../../source/commands/shared/deck-source.js';
import {bundledDecksDirectory} from '../../source/io/deck/bundled.js';

const meta = {meta: {title: 'Talk', id: 'talk'}};

describe('deckSource', () => {
	it('keeps a bundled deck by name, so it is found wherever the package is installed', () => {
		expect(deckSource(undefined, meta)).toEqual({title: 'Talk', source: 'bundled:karpathy-joins-anthropic'});
		expect(deckSource('example', meta)).toEqual({title: 'Talk', source: 'bundled:example'});
		expect(sourceFile('bundled:example')).toBe(path.join(bundledDecksDirectory(), 'example.md'));
	});

	it('keeps any other deck by its absolute path', () => {
		const relative = path.join('test', 'e2e', 'fixtures', 'quiz-small.md');
		expect(deckSource(relative, meta)).toEqual({title: 'Talk', source: path.resolve(relative)});
		expect(sourceFile(path.resolve(relative))).toBe(path.resolve(relative));
	});
});
