import {flagSpecs, kebab} from './flags.js';

/** Flags on the command line that are not ours (meow is told to allow them so that we can say so clearly). */
export function findUnknownFlags(argv: readonly string[]): string[] {
	const known = new Set(['help', 'version', ...Object.keys(flagSpecs).flatMap(name => [kebab(name), `no-${kebab(name)}`])]);
	const unknown: string[] = [];
	for (const argument of argv) {
		if (argument === '--') {
			break;
		}

		const match = /^--?([^=]+)/.exec(argument);
		if (match && argument !== '-' && !known.has(match[1]!)) {
			unknown.push(argument.split('=')[0]!);
		}
	}

	return unknown;
}
