import {describe, expect, it} from 'vitest';
import {asciiFallback, isUtf8Locale} from '../../source/core/text/ascii.js';
import {displayWidth} from '../../source/core/layout/index.js';

describe('asciiFallback', () => {
	it('replaces the app\'s glyphs with ASCII of the same width', () => {
		const drawn = '┌─ ts ──┐ • item … ✔ Right ✘ Wrong ██░░ › more ↓ 「漢字」';
		const ascii = asciiFallback(drawn);
		expect(ascii).toBe('+- ts --+ * item ~ v Right x Wrong ##.. > more v 「漢字」');
		expect(displayWidth(ascii)).toBe(displayWidth(drawn));
	});
});

describe('isUtf8Locale', () => {
	it.each([
		[{LANG: 'en_US.UTF-8'}, true],
		[{LANG: 'de_DE.utf8'}, true],
		[{}, true],
		[{LANG: 'C'}, false],
		[{LANG: 'POSIX'}, false],
		[{LANG: 'en_US.UTF-8', LC_ALL: 'C'}, false],
		[{LANG: 'C', LC_CTYPE: 'C.UTF-8'}, true],
		[{LANG: 'en_US.ISO-8859-1'}, false],
	])('%j: %s', (env, expected) => {
		expect(isUtf8Locale(env)).toBe(expected);
	});
});
