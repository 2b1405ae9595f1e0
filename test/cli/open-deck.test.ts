import {PassThrough} from 'node:stream';
import {describe, expect, it} from 'vitest';
import {openDeck, recoveredNotice} from '../../source/commands/shared/open-deck.js';
import type {Diagnostic} from '../../source/core/deck/types.js';
import {fixture} from '../deck/helpers.js';

function stderrSink(): {stream: NodeJS.WriteStream; text: () => string} {
	const stream = new PassThrough();
	let text = '';
	stream.on('data', (chunk: Buffer) => {
		text += chunk.toString();
	});
	return {stream: stream as unknown as NodeJS.WriteStream, text: () => text};
}

describe('openDeck', () => {
	it('opens a deck whose only errors are broken links, prints them, and says so', () => {
		const stderr = stderrSink();
		let recovered: readonly Diagnostic[] = [];
		const deck = openDeck(fixture('broken-link.md'), stderr.stream, errors => {
			recovered = errors;
		});
		expect(deck?.slides).toHaveLength(2);
		expect(stderr.text()).toContain('broken-link.md:7:16: error: link to `#slide-on` does not match any slide');
		expect(recovered).toHaveLength(1);
		expect(recoveredNotice(recovered, 'my talk.md')).toBe('1 broken link shown as plain text: run `briefing-deck check \'my talk.md\'` for where');
	});

	it('refuses a deck with any other error', () => {
		const stderr = stderrSink();
		expect(openDeck(fixture('many-problems.md'), stderr.stream)).toBeUndefined();
		expect(stderr.text()).toContain('error: front matter `duration`');
	});
});
