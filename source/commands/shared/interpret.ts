/**
Turns what meow parsed into one command with plain options. Pure, so every
flag combination can be tested without meow exiting the process.
*/
import {IMAGE_PROTOCOLS, type ImageProtocol} from '../../core/images/protocol.js';
import {type Command, commandNames, type RoomOptions} from './command.js';
import {flagSpecs, kebab} from './flags.js';
import {parseTimeLimit} from './time-limit.js';
import {findUnknownFlags} from './unknown-flags.js';
import {isIP} from 'node:net';
import {deckWords} from '../../core/text/shell-word.js';
import {MIN_BODY_WIDTH} from '../../core/layout/body-width.js';

/** The narrowest terminal the slideshow draws in, and so the narrowest `check --width`. */
const MIN_CHECK_WIDTH = 40;
const helpHint = 'run `briefing-deck --help` for usage';

/** What meow parsed (positional input, flags), with the raw argv and the environment. */
type Parsed = {
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
		// The whole name: `--rooms` is not `--room`.
		const given = argv.some(argument => [`--${kebab(name)}`, `--no-${kebab(name)}`].some(flag => argument === flag || argument.startsWith(`${flag}=`)));
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

	const images = flags['images'];
	if (images !== undefined && !(IMAGE_PROTOCOLS as readonly unknown[]).includes(images)) {
		return {kind: 'usage-error', message: `--images must be ${IMAGE_PROTOCOLS.join(', ')}, not \`${String(images)}\``, hint: helpHint};
	}

	const imagesOption = images === undefined ? {} : {images: images as ImageProtocol};
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

			const maxWidth = maxWidthOf(flags);
			if (typeof maxWidth === 'object') {
				return maxWidth;
			}

			return {kind: 'check', decks: positional, json: flags['json'] === true, coverage: flags['coverage'] === true, ...(width === undefined ? {} : {width}), ...(maxWidth === undefined ? {} : {maxWidth}), ...storeOption};
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

			const room = roomOptions(flags, positional[0]);
			if (room !== undefined && 'kind' in room) {
				return room;
			}

			if (!room && flags['serve'] === true) {
				return {kind: 'usage-error', message: '--serve works only with --room', hint: `the room answers from its phones: \`briefing-deck quiz${deckWords(positional[0])} --room --serve\``};
			}

			const strayServeFlag = room ? undefined : serveOptions(flags);
			if (strayServeFlag && 'kind' in strayServeFlag) {
				return strayServeFlag;
			}

			const limitText = flags['timeLimit'];
			const timeLimitMs = typeof limitText === 'string' ? parseTimeLimit(limitText) : undefined;
			if (typeof limitText === 'string' && timeLimitMs === undefined) {
				return {kind: 'usage-error', message: `--time-limit must be a time such as 10m, 90s or 1h30m, not \`${limitText}\``, hint: `for example \`briefing-deck quiz${deckWords(positional[0])} --exam --time-limit 10m\``};
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

			// A CSV file holds one table, so the room records are a CSV of their own; text and --json list them already.
			if (flags['rooms'] === true && flags['csv'] !== true) {
				return {kind: 'usage-error', message: '--rooms gives the room records as CSV', hint: 'for example `briefing-deck scores --csv --rooms`; `scores` and `scores --json` list them already'};
			}

			if (flags['rooms'] === true && flags['questions'] === true) {
				return {kind: 'usage-error', message: '--rooms and --questions are two tables; a CSV holds one', hint: 'run `briefing-deck scores <deck> --csv --questions` and `briefing-deck scores <deck> --csv --rooms` apart'};
			}

			return {
				kind: 'scores',
				...(positional[0] ? {deck: positional[0]} : {}),
				json: flags['json'] === true,
				csv: flags['csv'] === true,
				questions: flags['questions'] === true,
				rooms: flags['rooms'] === true,
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

			const room = countdownAndSave(flags);
			if ('kind' in room) {
				return room;
			}

			if (room.serve && flags['present'] !== true) {
				// Without --present a console decides when the room quiz comes; serving is asked for with the talk that leads into it.
				return {kind: 'usage-error', message: '--serve works only with --present (or quiz --room)', hint: `for example \`briefing-deck${deckWords(positional[0])} --present --serve\``};
			}

			const refused = watchedRehearsalRefused(flags);
			if (refused) {
				return refused;
			}

			const maxWidth = maxWidthOf(flags);
			if (typeof maxWidth === 'object') {
				return maxWidth;
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
				...(flags['present'] === true ? {present: true} : {}),
				...imagesOption,
				room,
				...(maxWidth === undefined ? {} : {maxWidth}),
			};
		}

		case 'presenter': {
			const tooMany = single('presenter');
			if (tooMany) {
				return tooMany;
			}

			if (flags['rehearse'] === true && flags['solo'] !== true) {
				// Beside a slideshow, the slideshow times the talk: two rehearsals of one run would be one too many.
				const named = deckWords(positional[0]);
				return {kind: 'usage-error', message: '`presenter --rehearse` works only with --solo', hint: `alone, \`briefing-deck presenter${named} --solo --rehearse\`; with a slideshow, \`briefing-deck${named} --rehearse\` times it and its consoles follow`};
			}

			const refused = watchedRehearsalRefused(flags);
			if (refused) {
				return refused;
			}

			return {
				kind: 'presenter',
				...(positional[0] ? {deck: positional[0]} : {}),
				solo: flags['solo'] === true,
				...(flags['rehearse'] === true ? {rehearse: true} : {}),
				paceFromRehearsal: flags['paceFromRehearsal'] === true,
				theme,
				color,
				screenReader,
				...storeOption,
				...(flags['watch'] === true ? {watch: true} : {}),
				...imagesOption,
			};
		}

		case 'rehearsals': {
			return single('rehearsals') ?? {kind: 'rehearsals', ...(positional[0] ? {deck: positional[0]} : {}), json: flags['json'] === true, ...storeOption};
		}
	}
}

/** The longest countdown: a question longer than an hour is not a quiz question. */
/** `--max-width N`: a whole number of columns a slide can still be laid out in. */
function maxWidthOf(flags: Parsed['flags']): number | Extract<Command, {kind: 'usage-error'}> | undefined {
	const text = flags['maxWidth'];
	if (typeof text !== 'string') {
		return undefined;
	}

	const columns = Number(text);
	return Number.isSafeInteger(columns) && columns >= MIN_BODY_WIDTH
		? columns
		: {kind: 'usage-error', message: `--max-width must be a whole number of columns, at least ${MIN_BODY_WIDTH}, not \`${text}\``, hint: 'for example `--max-width 120`'};
}

/** The slideshow and the console alike: a rehearsal times one version of the deck, and --watch brings others. */
function watchedRehearsalRefused(flags: Parsed['flags']): Extract<Command, {kind: 'usage-error'}> | undefined {
	return flags['watch'] === true && flags['rehearse'] === true
		? {kind: 'usage-error', message: '--watch and --rehearse cannot be used together', hint: 'a rehearsal times one version of the deck; rehearse once the deck is written'}
		: undefined;
}

const maxCountdownSeconds = 3600;

/** `--room` and the flags that only make sense with it; `undefined` without `--room`. */
function roomOptions(flags: Parsed['flags'], deck: string | undefined): RoomOptions | Extract<Command, {kind: 'usage-error'}> | undefined {
	const countdown = flags['countdown'];
	if (flags['room'] !== true) {
		const named = deckWords(deck);
		// The hint is about the flag that was typed, with the deck that was named.
		if (countdown !== undefined) {
			return {kind: 'usage-error', message: '--countdown works only with --room', hint: `for example \`briefing-deck quiz${named} --room --countdown 30\``};
		}

		return flags['saveRoom'] === true
			? {kind: 'usage-error', message: '--save-room works only with --room', hint: `--save-room keeps a room quiz's record: \`briefing-deck quiz${named} --room --save-room\``}
			: undefined;
	}

	return countdownAndSave(flags);
}

/** `--countdown N` and `--save-room`, for `quiz --room` and for the room quiz a presented slideshow ends with. */
function countdownAndSave(flags: Parsed['flags']): RoomOptions | Extract<Command, {kind: 'usage-error'}> {
	const countdown = flags['countdown'];
	const seconds = typeof countdown === 'string' && /^\d+$/.test(countdown) ? Number(countdown) : Number.NaN;
	if (countdown !== undefined && !(seconds >= 1 && seconds <= maxCountdownSeconds)) {
		return {kind: 'usage-error', message: `--countdown takes whole seconds from 1 to ${maxCountdownSeconds}, not \`${String(countdown)}\``, hint: 'for example `--countdown 30`'};
	}

	const serve = serveOptions(flags);
	if (serve && 'kind' in serve) {
		return serve;
	}

	return {...(countdown === undefined ? {} : {countdownMs: seconds * 1000}), save: flags['saveRoom'] === true, ...(serve ? {serve} : {})};
}

const maxPort = 65_535;

/** `--serve`, `--host ADDR` and `--port N`; `undefined` without `--serve`. */
function serveOptions(flags: Parsed['flags']): RoomOptions['serve'] | Extract<Command, {kind: 'usage-error'}> {
	const {host, port} = flags;
	if (flags['serve'] !== true) {
		const stray = host === undefined ? (port === undefined ? undefined : '--port') : '--host';
		return stray === undefined
			? undefined
			: {kind: 'usage-error', message: `${stray} works only with --serve`, hint: `nothing listens without --serve; for example \`--serve ${stray === '--host' ? '--host 192.168.1.20' : '--port 8123'}\``};
	}

	const portNumber = typeof port === 'string' && /^\d{1,5}$/.test(port) ? Number(port) : Number.NaN;
	if (port !== undefined && !(portNumber >= 0 && portNumber <= maxPort)) {
		return {kind: 'usage-error', message: `--port takes a port from 0 to ${maxPort}, not \`${String(port)}\``, hint: 'for example `--port 8123`; 0 (the default) takes a free one'};
	}

	// An address, not a name: a name could resolve anywhere, and the room must know where it is.
	if (host !== undefined && (typeof host !== 'string' || (isIP(host) === 0 && host !== 'localhost'))) {
		return {kind: 'usage-error', message: `--host takes an IP address of this machine, not \`${String(host)}\``, hint: 'for example `--host 192.168.1.20`, `--host fd12::5` or `--host 0.0.0.0` (every address)'};
	}

	return {...(typeof host === 'string' ? {host} : {}), ...(port === undefined ? {} : {port: portNumber})};
}
