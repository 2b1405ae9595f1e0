import fs from 'node:fs';
import path from 'node:path';

/** Every file under `dir` with its bytes (links as their targets), so a test can tell that nothing changed. */
export const snapshot = (dir: string): Record<string, string> => Object.fromEntries(
	(fs.readdirSync(dir, {recursive: true, encoding: 'utf8'}))
		.sort()
		.map(name => {
			const file = path.join(dir, name);
			const stats = fs.lstatSync(file);
			return [name, stats.isSymbolicLink() ? `-> ${fs.readlinkSync(file)}` : stats.isFile() ? fs.readFileSync(file, 'utf8') : '<dir>'];
		}),
);
