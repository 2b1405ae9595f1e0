import {describe, expect, it} from 'vitest';
import {parseDeck} from '../../source/core/deck/parse.js';
import {deckToPlainText} from '../../source/core/layout/deck-text.js';

describe('deckToPlainText with the answers', () => {
	it('letters options as the quiz does, past Z too: A … Z, AA, AB', () => {
		const options = Array.from({length: 28}, (_, index) => `- [${index === 27 ? 'x' : ' '}] Option ${index + 1}`);
		const {deck} = parseDeck(['# Only slide', '', '<!-- quiz -->', '', '## Which is last?', '', ...options, ''].join('\n'));
		const text = deckToPlainText(deck, {answers: true});
		expect(text).toContain('   A) Option 1\n');
		expect(text).toContain('   Z) Option 26\n');
		expect(text).toContain('   AA) Option 27\n');
		expect(text).toContain('   AB) Option 28\n');
		expect(text).toContain('   Answer: AB');
	});

	it('gives each option\'s feedback under it', () => {
		const {deck} = parseDeck(['# Only slide', '', '<!-- quiz -->', '', '## Which one?', '', '- [ ] Wrong A', '', '  Not A: A is the old way.', '', '- [x] Right B', '  Yes, B.', ''].join('\n'));
		const text = deckToPlainText(deck, {answers: true});
		expect(text).toContain('   A) Wrong A\n      Not A: A is the old way.\n   B) Right B\n      Yes, B.\n   Answer: B\n');
	});
});
