import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, afterEach} from 'vitest';

/**
Fresh temporary directories for a test file, removed after each test
(`each`) or once the file is done (`all`).
*/
export function temporaryDirectories(prefix: string, cleanUp: 'each' | 'all' = 'each') {
	const made: string[] = [];
	(cleanUp === 'each' ? afterEach : afterAll)(() => {
		for (const dir of made.splice(0)) {
			fs.rmSync(dir, {recursive: true, force: true});
		}
	});

	const freshDir = (): string => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), `briefing-deck-${prefix}-`));
		made.push(dir);
		return dir;
	};

	let shared: string | undefined;
	/** One directory shared by the whole test file. */
	const sharedDir = (): string => {
		shared ??= freshDir();
		return shared;
	};

	const writeTemporary = (name: string, content: string | Uint8Array): string => {
		const file = path.join(sharedDir(), name);
		fs.writeFileSync(file, content);
		return file;
	};

	return {freshDir, sharedDir, writeTemporary};
}
