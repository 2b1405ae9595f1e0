import {existsSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export const DEFAULT_DECK = 'karpathy-joins-anthropic';

/** The package's own folder, found from this module's place in either source or dist. */
function packageDirectory(): string {
	let directory = path.dirname(fileURLToPath(import.meta.url));
	while (!existsSync(path.join(directory, 'package.json'))) {
		const parent = path.dirname(directory);
		if (parent === directory) {
			break;
		}

		directory = parent;
	}

	return directory;
}

/** The `decks/` folder shipped with the package. */
export const bundledDecksDirectory = (): string => path.join(packageDirectory(), 'decks');

/** A page of the docs shipped with the package, where this copy is installed: a hint can name a file that exists. */
export const installedDoc = (name: string): string => path.join(packageDirectory(), 'docs', name);

export function bundledDeckNames(): string[] {
	try {
		return readdirSync(bundledDecksDirectory())
			.filter(name => name.endsWith('.md'))
			.map(name => name.slice(0, -3))
			.sort();
	} catch {
		return [];
	}
}

/**
A deck argument is a file path or the name of a bundled deck; none means the
bundled briefing. An existing file always wins over a bundled name.
*/
export function resolveDeckPath(argument: string | undefined): string {
	if (argument === undefined) {
		return path.join(bundledDecksDirectory(), `${DEFAULT_DECK}.md`);
	}

	if (existsSync(argument)) {
		return argument;
	}

	const name = argument.replace(/\.md$/, '');
	if (!argument.includes('/') && bundledDeckNames().includes(name)) {
		return path.join(bundledDecksDirectory(), `${name}.md`);
	}

	return argument;
}
