/*
The built bundle asks Node for nothing but Node's own modules: every package
is inside it, and the optional ones a package would try (ws's native
add-ons, bufferutil and utf-8-validate) are left out by the build rather than
looked for in whatever node_modules happens to sit near an install.
*/
import {readFileSync} from 'node:fs';
import {builtinModules} from 'node:module';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {cliIsBuilt} from '../helpers/pty.js';

const bundle = path.resolve('dist', 'app.cjs');

describe.skipIf(!cliIsBuilt())('the bundle', () => {
	it('requires only Node\'s own modules', () => {
		const source = readFileSync(bundle, 'utf8');
		const required = new Set([...source.matchAll(/\brequire\(\s*(["'`])([^"'`]+)\1\s*\)/g)].map(match => match[2]!));
		const builtin = new Set(builtinModules);
		expect([...required].filter(name => !name.startsWith('node:') && !builtin.has(name))).toEqual([]);
		// ws is inside, and its add-ons are not looked for.
		expect(source).toContain('Sec-WebSocket-Accept');
		expect(required).not.toContain('bufferutil');
		expect(required).not.toContain('utf-8-validate');
	});
});
