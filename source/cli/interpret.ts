/**
Turns what meow parsed into one command with plain options. Pure, so every
flag combination can be tested without meow exiting the process.
*/

export type Theme = 'dark' | 'light';

export type Command =
	| {
		readonly kind: 'play';
		readonly deck?: string;
		readonly slide?: string;
		readonly offerQuiz: boolean;
		readonly theme: Theme;
		readonly color: boolean;
		readonly screenReader: boolean;
		readonly store?: string;
	}
	| {readonly kind: 'check'; readonly decks: readonly string[]; readonly json: boolean; readonly coverage: boolean}
	| {readonly kind: 'print'; readonly deck?: string; readonly notes: boolean; readonly answers: boolean; readonly color: boolean}
	| {readonly kind: 'decks'}
	| {
		readonly kind: 'quiz';
		readonly deck?: string;
		readonly seed?: number;
		readonly shuffle: boolean;
		readonly json: boolean;
		readonly theme: Theme;
		readonly color: boolean;
		readonly screenReader: boolean;
		readonly store?: string;
	}
	| {
		readonly kind: 'scores';
		readonly deck?: string;
		readonly json: boolean;
		readonly csv: boolean;
		readonly reset: boolean;
		readonly yes: boolean;
		readonly store?: string;
	}
	| {readonly kind: 'usage-error'; readonly message: string; readonly hint: string};

/** Each flag, and the commands it belongs to. */
export const flagSpecs = {
	json: {type: 'boolean', commands: ['check', 'quiz', 'scores']},
	csv: {type: 'boolean', commands: ['scores']},
	reset: {type: 'boolean', commands: ['scores']},
	yes: {type: 'boolean', commands: ['scores']},
	seed: {type: 'string', commands: ['quiz']},
	shuffle: {type: 'boolean', commands: ['quiz']},
	coverage: {type: 'boolean', commands: ['check']},
	notes: {type: 'boolean', commands: ['print']},
	answers: {type: 'boolean', commands: ['print']},
	slide: {type: 'string', commands: ['play']},
	quiz: {type: 'boolean', commands: ['play'], default: true},
	theme: {type: 'string', commands: ['play', 'quiz']},
	color: {type: 'boolean', commands: ['play', 'print', 'quiz'], default: true},
	screenReader: {type: 'boolean', commands: ['play', 'quiz']},
	store: {type: 'string', commands: ['play', 'quiz', 'scores']},
} as const;

export type FlagName = keyof typeof flagSpecs;
export const commandNames = ['check', 'print', 'decks', 'quiz', 'scores'] as const;

const kebab = (name: string) => name.replaceAll(/[A-Z]/g, letter => `-${letter.toLowerCase()}`);
const helpHint = 'run `briefing-deck --help` for usage';

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

export type Parsed = {
	readonly input: readonly string[];
	readonly flags: Readonly<Record<string, unknown>>;
	readonly argv: readonly string[];
	readonly env: Readonly<Record<string, string | undefined>>;
};

export function interpret({input, flags, argv, env}: Parsed): Command {
	const unknown = findUnknownFlags(argv);
	if (unknown.length > 0) {
		return {kind: 'usage-error', message: `unknown ${unknown.length === 1 ? 'flag' : 'flags'} ${unknown.join(', ')}`, hint: helpHint};
	}

	const [first, ...rest] = input;
	const kind = (commandNames as readonly string[]).includes(first ?? '') ? (first as (typeof commandNames)[number]) : 'play';
	const positional = kind === 'play' ? input : rest;
	// An empty argument (an unset shell variable, say) is a mistake, not "the default deck".
	if (positional.includes('')) {
		return {kind: 'usage-error', message: 'a deck path cannot be empty', hint: 'give a deck file or the name of a bundled deck'};
	}

	for (const [name, spec] of Object.entries(flagSpecs)) {
		const given = argv.some(argument => argument.startsWith(`--${kebab(name)}`) || argument.startsWith(`--no-${kebab(name)}`));
		if (given && !(spec.commands as readonly string[]).includes(kind)) {
			return {kind: 'usage-error', message: `--${kebab(name)} does not apply to ${kind === 'play' ? 'the slideshow' : `\`${kind}\``}`, hint: helpHint};
		}
	}

	const noColor = env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '';
	const color = flags['color'] !== false && !noColor;
	const store = typeof flags['store'] === 'string' ? flags['store'] : env['BRIEFING_DECK_STORE'];
	const storeOption = store ? {store} : {};
	const theme = flags['theme'] ?? 'dark';
	if (theme !== 'dark' && theme !== 'light') {
		return {kind: 'usage-error', message: `--theme must be dark or light, not \`${String(theme)}\``, hint: helpHint};
	}

	const screenReader = flags['screenReader'] === true || env['INK_SCREEN_READER'] === 'true';
	const single = (name: string): Command | undefined =>
		positional.length > 1 ? {kind: 'usage-error', message: `\`${name}\` takes one deck`, hint: helpHint} : undefined;

	switch (kind) {
		case 'check': {
			if (positional.length === 0) {
				return {kind: 'usage-error', message: '`check` needs at least one deck file', hint: 'for example `briefing-deck check talk.md`'};
			}

			return {kind: 'check', decks: positional, json: flags['json'] === true, coverage: flags['coverage'] === true};
		}

		case 'print': {
			const tooMany = single('print');
			if (tooMany) {
				return tooMany;
			}

			return {kind: 'print', ...(positional[0] ? {deck: positional[0]} : {}), notes: flags['notes'] === true, answers: flags['answers'] === true, color};
		}

		case 'decks': {
			return positional.length > 0 ? {kind: 'usage-error', message: '`decks` takes no arguments', hint: helpHint} : {kind: 'decks'};
		}

		case 'quiz': {
			const tooMany = single('quiz');
			if (tooMany) {
				return tooMany;
			}

			const seedText = flags['seed'];
			const seed = typeof seedText === 'string' ? Number(seedText) : undefined;
			if (seed !== undefined && (!Number.isSafeInteger(seed) || seed < 0)) {
				return {kind: 'usage-error', message: `--seed must be a whole number, not \`${String(seedText)}\``, hint: 'for example `--seed 42`'};
			}

			return {
				kind: 'quiz',
				...(positional[0] ? {deck: positional[0]} : {}),
				...(seed === undefined ? {} : {seed}),
				shuffle: flags['shuffle'] === true,
				json: flags['json'] === true,
				theme,
				color,
				screenReader,
				...storeOption,
			};
		}

		case 'scores': {
			const tooMany = single('scores');
			if (tooMany) {
				return tooMany;
			}

			if (flags['json'] === true && flags['csv'] === true) {
				return {kind: 'usage-error', message: '--json and --csv cannot be used together', hint: helpHint};
			}

			return {
				kind: 'scores',
				...(positional[0] ? {deck: positional[0]} : {}),
				json: flags['json'] === true,
				csv: flags['csv'] === true,
				reset: flags['reset'] === true,
				yes: flags['yes'] === true,
				...storeOption,
			};
		}

		case 'play': {
			if (positional.length > 1) {
				const unknownCommand = positional[0]!;
				return {kind: 'usage-error', message: `unknown command \`${unknownCommand}\``, hint: `commands: ${commandNames.join(', ')}; ${helpHint}`};
			}

			return {
				kind: 'play',
				...(positional[0] ? {deck: positional[0]} : {}),
				...(typeof flags['slide'] === 'string' ? {slide: flags['slide']} : {}),
				offerQuiz: flags['quiz'] !== false,
				theme,
				color,
				screenReader,
				...storeOption,
			};
		}
	}
}
