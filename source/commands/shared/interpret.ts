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
		/** Time every slide and keep the run in the store. */
		readonly rehearse?: true;
		/** Pace against the last rehearsal's times, whatever the deck says. */
		readonly paceFromRehearsal?: true;
		/** Read the deck again whenever its file is saved. */
		readonly watch?: true;
	}
	| {readonly kind: 'check'; readonly decks: readonly string[]; readonly json: boolean; readonly coverage: boolean; readonly width?: number}
	| {readonly kind: 'print'; readonly deck?: string; readonly notes: boolean; readonly answers: boolean; readonly color: boolean}
	| {readonly kind: 'decks'}
	| {
		readonly kind: 'quiz';
		readonly deck?: string;
		readonly seed?: number;
		readonly shuffle: boolean;
		readonly json: boolean;
		/** No feedback until the end (`--exam`, or implied by a time limit). */
		readonly exam: boolean;
		readonly timeLimitMs?: number;
		readonly theme: Theme;
		readonly color: boolean;
		readonly screenReader: boolean;
		readonly store?: string;
		/** `--room`: the quiz for a projected screen, run by a presenter. */
		readonly room?: RoomOptions;
	}
	| {
		readonly kind: 'review';
		/** One deck's due questions; every deck's without. */
		readonly deck?: string;
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
		/** With `csv`: one row per question. */
		readonly questions: boolean;
		readonly reset: boolean;
		readonly yes: boolean;
		readonly store?: string;
	}
	| {
		readonly kind: 'presenter';
		readonly deck?: string;
		/** Rehearse with the console alone, no slideshow. */
		readonly solo: boolean;
		readonly paceFromRehearsal: boolean;
		readonly theme: Theme;
		readonly color: boolean;
		readonly screenReader: boolean;
		readonly store?: string;
		/** Read the deck again whenever its file is saved. */
		readonly watch?: true;
	}
	| {readonly kind: 'rehearsals'; readonly deck?: string; readonly json: boolean; readonly store?: string}
	| {readonly kind: 'usage-error'; readonly message: string; readonly hint: string};

export type RoomOptions = {
	/** `--countdown N`, in milliseconds. */
	readonly countdownMs?: number;
	/** `--save-room`: keep the room's counts as a room record. */
	readonly save: boolean;
};

/** Each flag, and the commands it belongs to. */
export const flagSpecs = {
	json: {type: 'boolean', commands: ['check', 'quiz', 'scores', 'rehearsals']},
	csv: {type: 'boolean', commands: ['scores']},
	questions: {type: 'boolean', commands: ['scores']},
	reset: {type: 'boolean', commands: ['scores']},
	yes: {type: 'boolean', commands: ['scores']},
	seed: {type: 'string', commands: ['quiz']},
	shuffle: {type: 'boolean', commands: ['quiz']},
	exam: {type: 'boolean', commands: ['quiz']},
	timeLimit: {type: 'string', commands: ['quiz']},
	coverage: {type: 'boolean', commands: ['check']},
	width: {type: 'string', commands: ['check']},
	notes: {type: 'boolean', commands: ['print']},
	answers: {type: 'boolean', commands: ['print']},
	slide: {type: 'string', commands: ['play']},
	rehearse: {type: 'boolean', commands: ['play']},
	paceFromRehearsal: {type: 'boolean', commands: ['play', 'presenter']},
	solo: {type: 'boolean', commands: ['presenter']},
	quiz: {type: 'boolean', commands: ['play'], default: true},
	theme: {type: 'string', commands: ['play', 'quiz', 'review', 'presenter']},
	color: {type: 'boolean', commands: ['play', 'print', 'quiz', 'review', 'presenter'], default: true},
	screenReader: {type: 'boolean', commands: ['play', 'quiz', 'review', 'presenter']},
	store: {type: 'string', commands: ['play', 'quiz', 'review', 'scores', 'presenter', 'rehearsals']},
	room: {type: 'boolean', commands: ['quiz']},
	countdown: {type: 'string', commands: ['quiz']},
	saveRoom: {type: 'boolean', commands: ['quiz']},
	watch: {type: 'boolean', commands: ['play', 'presenter']},
} as const;

export type FlagName = keyof typeof flagSpecs;

/** The narrowest terminal the slideshow draws in, and so the narrowest `check --width`. */
const MIN_CHECK_WIDTH = 40;
export const commandNames = ['check', 'print', 'decks', 'quiz', 'review', 'scores', 'presenter', 'rehearsals'] as const;

/**
`--time-limit`: `10m`, `90s`, `1h30m`, or a bare number of minutes; in ms.
Undefined when it is none of those, or not between a second and a day.
*/
export function parseTimeLimit(text: string): number | undefined {
	const trimmed = text.trim().toLowerCase();
	const minutes = /^\d+(?:\.\d+)?$/.test(trimmed) ? Number(trimmed) * 60_000 : undefined;
	const parts = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(trimmed);
	const ms = minutes ?? (parts && trimmed !== '' ? ((Number(parts[1] ?? 0) * 3600) + (Number(parts[2] ?? 0) * 60) + Number(parts[3] ?? 0)) * 1000 : undefined);
	return ms !== undefined && ms >= 1000 && ms <= 86_400_000 ? Math.round(ms) : undefined;
}

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

			const widthText = flags['width'];
			const width = typeof widthText === 'string' ? Number(widthText) : undefined;
			if (width !== undefined && (!Number.isSafeInteger(width) || width < MIN_CHECK_WIDTH)) {
				return {kind: 'usage-error', message: `--width must be a whole number of columns, at least ${MIN_CHECK_WIDTH}, not \`${String(widthText)}\``, hint: 'for example `--width 80`'};
			}

			return {kind: 'check', decks: positional, json: flags['json'] === true, coverage: flags['coverage'] === true, ...(width === undefined ? {} : {width})};
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

			const room = roomOptions(flags);
			if (room !== undefined && 'kind' in room) {
				return room;
			}

			const limitText = flags['timeLimit'];
			const timeLimitMs = typeof limitText === 'string' ? parseTimeLimit(limitText) : undefined;
			if (typeof limitText === 'string' && timeLimitMs === undefined) {
				return {kind: 'usage-error', message: `--time-limit must be a time such as 10m, 90s or 1h30m, not \`${limitText}\``, hint: 'for example `briefing-deck quiz --exam --time-limit 10m`'};
			}

			if (room && (flags['exam'] === true || timeLimitMs !== undefined)) {
				// A room sees each answer revealed as it goes; an exam hides them until the end.
				return {kind: 'usage-error', message: `${flags['exam'] === true ? '--exam' : '--time-limit'} does not apply to --room`, hint: 'for a room, `--countdown N` puts N seconds on each question'};
			}

			return {
				kind: 'quiz',
				...(positional[0] ? {deck: positional[0]} : {}),
				...(seed === undefined ? {} : {seed}),
				shuffle: flags['shuffle'] === true,
				json: flags['json'] === true,
				// A time limit is an exam's: a timed quiz with feedback after each answer would let the clock run during it.
				exam: flags['exam'] === true || timeLimitMs !== undefined,
				...(timeLimitMs === undefined ? {} : {timeLimitMs}),
				theme,
				color,
				screenReader,
				...storeOption,
				...(room ? {room} : {}),
			};
		}

		case 'review': {
			const tooMany = single('review');
			if (tooMany) {
				return tooMany;
			}

			return {kind: 'review', ...(positional[0] ? {deck: positional[0]} : {}), theme, color, screenReader, ...storeOption};
		}

		case 'scores': {
			const tooMany = single('scores');
			if (tooMany) {
				return tooMany;
			}

			if (flags['json'] === true && flags['csv'] === true) {
				return {kind: 'usage-error', message: '--json and --csv cannot be used together', hint: helpHint};
			}

			if (flags['questions'] === true && (flags['csv'] !== true || positional.length === 0)) {
				return {kind: 'usage-error', message: '--questions gives one deck\'s questions as CSV', hint: 'for example `briefing-deck scores example --csv --questions`'};
			}

			return {
				kind: 'scores',
				...(positional[0] ? {deck: positional[0]} : {}),
				json: flags['json'] === true,
				csv: flags['csv'] === true,
				questions: flags['questions'] === true,
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

			if (flags['watch'] === true && flags['rehearse'] === true) {
				return {kind: 'usage-error', message: '--watch and --rehearse cannot be used together', hint: 'a rehearsal times one version of the deck; rehearse once the deck is written'};
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
				...(flags['rehearse'] === true ? {rehearse: true} : {}),
				...(flags['paceFromRehearsal'] === true ? {paceFromRehearsal: true} : {}),
				...(flags['watch'] === true ? {watch: true} : {}),
			};
		}

		case 'presenter': {
			return single('presenter') ?? {
				kind: 'presenter',
				...(positional[0] ? {deck: positional[0]} : {}),
				solo: flags['solo'] === true,
				paceFromRehearsal: flags['paceFromRehearsal'] === true,
				theme,
				color,
				screenReader,
				...storeOption,
				...(flags['watch'] === true ? {watch: true} : {}),
			};
		}

		case 'rehearsals': {
			return single('rehearsals') ?? {kind: 'rehearsals', ...(positional[0] ? {deck: positional[0]} : {}), json: flags['json'] === true, ...storeOption};
		}
	}
}

/** The longest countdown: a question longer than an hour is not a quiz question. */
const maxCountdownSeconds = 3600;

/** `--room` and the flags that only make sense with it; `undefined` without `--room`. */
function roomOptions(flags: Parsed['flags']): RoomOptions | Extract<Command, {kind: 'usage-error'}> | undefined {
	const countdown = flags['countdown'];
	if (flags['room'] !== true) {
		const stray = countdown === undefined ? (flags['saveRoom'] === true ? '--save-room' : undefined) : '--countdown';
		return stray === undefined ? undefined : {kind: 'usage-error', message: `${stray} works only with --room`, hint: 'for example `briefing-deck quiz --room --countdown 30`'};
	}

	const seconds = typeof countdown === 'string' && /^\d+$/.test(countdown) ? Number(countdown) : Number.NaN;
	if (countdown !== undefined && !(seconds >= 1 && seconds <= maxCountdownSeconds)) {
		return {kind: 'usage-error', message: `--countdown takes whole seconds from 1 to ${maxCountdownSeconds}, not \`${String(countdown)}\``, hint: 'for example `--countdown 30`'};
	}

	return {...(countdown === undefined ? {} : {countdownMs: seconds * 1000}), save: flags['saveRoom'] === true};
}
