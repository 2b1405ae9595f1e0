import {describe, expect, it} from 'vitest';
import {deckWords, shellWord} from '../../source/core/text/shell-word.js';

describe('shellWord', () => {
	it('leaves a plain path or name as it is', () => {
		expect(shellWord('talks/q3-update.md')).toBe('talks/q3-update.md');
		expect(shellWord('example')).toBe('example');
	});

	it('quotes what a shell would split or expand, quotes included', () => {
		expect(shellWord('my talk.md')).toBe('\'my talk.md\'');
		expect(shellWord('$HOME/*.md')).toBe('\'$HOME/*.md\'');
		expect(shellWord('it\'s.md')).toBe(String.raw`'it'\''s.md'`);
		expect(shellWord('')).toBe('\'\'');
	});

	it('keeps a name that starts with a dash from reading as a flag', () => {
		expect(shellWord('-talk.md')).toBe('./-talk.md');
		expect(shellWord('-my talk.md')).toBe('\'./-my talk.md\'');
	});
});

describe('deckWords', () => {
	it('names the deck after a command, or nothing for the bundled briefing', () => {
		expect(deckWords('talk.md')).toBe(' talk.md');
		expect(deckWords(undefined)).toBe('');
	});
});
