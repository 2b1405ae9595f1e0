/** The process title `ps` shows: the command, its deck as typed, and the flags that change what it is. */
import {describe, expect, it} from 'vitest';
import type {Command} from '../../source/commands/shared/command.js';
import {maxTitleLength, processTitle} from '../../source/commands/shared/process-title.js';

const screen = {theme: 'dark', color: true, screenReader: false} as const;
const play = (deck?: string): Command => ({kind: 'play', ...(deck === undefined ? {} : {deck}), offerQuiz: true, ...screen, room: {save: false}});

describe('processTitle', () => {
	it('tells the slideshow from its console, and a room quiz from a quiz', () => {
		expect(processTitle(play('talk.md'))).toBe('briefing-deck talk.md');
		expect(processTitle({kind: 'presenter', deck: 'talk.md', solo: false, paceFromRehearsal: false, ...screen})).toBe('briefing-deck presenter talk.md');
		expect(processTitle({kind: 'presenter', solo: true, paceFromRehearsal: false, ...screen})).toBe('briefing-deck presenter --solo');
		expect(processTitle({kind: 'quiz', deck: 'talk.md', shuffle: false, json: false, exam: false, ...screen, room: {save: false}})).toBe('briefing-deck quiz talk.md --room');
		expect(processTitle(play())).toBe('briefing-deck');
	});

	it('quotes a deck as a shell would, keeps control characters out, and stays short', () => {
		expect(processTitle(play('my talk.md'))).toBe('briefing-deck \'my talk.md\'');
		expect(processTitle(play('evil\u001B[2J.md'))).not.toContain('\u001B');
		const long = processTitle(play(`${'a'.repeat(200)}.md`));
		expect([...long]).toHaveLength(maxTitleLength);
		expect(long.endsWith('…')).toBe(true);
	});
});
