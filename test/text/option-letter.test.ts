import {describe, expect, it} from 'vitest';
import {optionLetter} from '../../source/core/text/option-letter.js';

describe('optionLetter', () => {
	it('names every option: A to Z, then AA, AB …', () => {
		expect([0, 1, 25, 26, 27, 51, 52].map(position => optionLetter(position))).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA']);
	});
});
