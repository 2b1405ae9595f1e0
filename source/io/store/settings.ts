import path from 'node:path';
import Conf from 'conf';
import {type FileSystem, realFileSystem} from '../fs/file-system.js';
import {describeError, errorCode, StoreWriteError} from '../../core/text/errors.js';
import {displayPath} from '../../core/text/sanitize.js';
import {createDirectories, moveAside} from './files.js';
import {parseSettings, schemaViolation} from '../../core/records/settings-check.js';
import type {StoreWarning} from '../../core/records/warnings.js';

/** Personal defaults. Kept small on purpose; add a field here and in `settings-check.ts`. */
export type Preferences = {
	/** Ask quiz questions in random order instead of most-missed first. */
	readonly shuffle?: boolean;
};

type SettingsData = {
	/** Last slide number per deck id. */
	resume?: Record<string, number>;
	preferences?: Preferences;
};

export type Settings = {
	resumePosition(deckId: string): number | undefined;
	saveResumePosition(deckId: string, slideNumber: number): void;
	preferences(): Preferences;
	savePreferences(changes: Preferences): void;
};

export type OpenedSettings = {
	readonly settings: Settings;
	readonly warnings: readonly StoreWarning[];
};

const settingsName = 'settings';

const createConf = (dir: string): Conf<SettingsData> => new Conf<SettingsData>({
	cwd: dir,
	configName: settingsName,
	projectName: 'briefing-deck',
	// No `schema`: conf would compile an ajv validator on every open; the file
	// is checked on every read instead. No `defaults` either: conf writes those
	// in its constructor, and opening the store to read history should not
	// need a writable directory.
	deserialize: parseSettings,
	// Deck ids may contain dots; they are keys, not paths.
	accessPropertiesByDotNotation: false,
	// The default, spelled out: conf would otherwise empty a corrupt file in
	// place. We want to throw, so the file can be moved aside first.
	clearInvalidConfig: false,
});

// conf reports a corrupt file by throwing from its constructor: a SyntaxError
// for bad JSON, or parseSettings' Error when the shape is wrong.
const isCorruption = (error: unknown): boolean =>
	error instanceof SyntaxError
	|| (error instanceof Error && error.message.startsWith(schemaViolation));

// Both of conf's messages quote the file (JSON.parse shows the text it choked
// on, the schema check the keys): say what is wrong without repeating any of it.
const describeCorruption = (error: unknown): string =>
	error instanceof SyntaxError ? 'not valid JSON' : 'not in the settings format';

/** Settings files are a few hundred bytes; one far larger is not ours. */
const maxSettingsBytes = 1024 * 1024;

const fromConf = (conf: Conf<SettingsData>, dir: string): Settings => {
	const write = (change: () => void): void => {
		try {
			change();
		} catch (error) {
			throw new StoreWriteError(dir, error, 'settings');
		}
	};

	// A read that fails (the file turned bad under another process) just
	// means "no saved value": resume positions are a convenience.
	const read = <K extends keyof SettingsData>(key: K): SettingsData[K] | undefined => {
		try {
			return conf.get(key);
		} catch {
			return undefined;
		}
	};

	return {
		resumePosition(deckId) {
			const resume = read('resume');
			return resume && Object.hasOwn(resume, deckId) ? resume[deckId] : undefined;
		},
		saveResumePosition(deckId, slideNumber) {
			write(() => {
				conf.set('resume', {...read('resume'), [deckId]: slideNumber});
			});
		},
		preferences() {
			return read('preferences') ?? {};
		},
		savePreferences(changes) {
			write(() => {
				conf.set('preferences', {...read('preferences'), ...changes});
			});
		},
	};
};

/** Stands in when the directory cannot hold a settings file. */
const inMemory = (): Settings => {
	const resume = new Map<string, number>();
	let preferences: Preferences = {};
	return {
		resumePosition: deckId => resume.get(deckId),
		saveResumePosition(deckId, slideNumber) {
			resume.set(deckId, slideNumber);
		},
		preferences: () => preferences,
		savePreferences(changes) {
			preferences = {...preferences, ...changes};
		},
	};
};

/** conf makes its directory with a recursive mkdir, which says ENOENT on a read-only mount: ask again, one level at a time. */
function realReason(error: unknown, dir: string, fs: FileSystem): unknown {
	if (errorCode(error) !== 'ENOENT') {
		return error;
	}

	try {
		createDirectories(dir, fs);
		return error;
	} catch (real) {
		return real;
	}
}

/** Settings for a command that only reads: nothing is opened, created or moved. */
export function closedSettings(): OpenedSettings {
	return {settings: inMemory(), warnings: []};
}

/**
Why the settings file must not be handed to conf at all: a link (conf would
read and write through it, out of the store), something that is not a file,
or a file far too large. Undefined when it is fine, or not there yet.
*/
function refuseSettingsFile(file: string, fs: FileSystem): {reason: string; corrupt: boolean} | undefined {
	try {
		const stats = fs.lstatSync(file);
		if (stats.isSymbolicLink()) {
			return {reason: 'it is a symbolic link, which the store does not follow', corrupt: false};
		}

		if (!stats.isFile()) {
			return {reason: 'it is not a regular file', corrupt: false};
		}

		return stats.size > maxSettingsBytes ? {reason: 'far too large to be a settings file', corrupt: true} : undefined;
	} catch (error) {
		return errorCode(error) === 'ENOENT' ? undefined : {reason: describeError(error), corrupt: false};
	}
}

/**
Opens `<dir>/settings.json` with conf. A corrupt file is moved aside to a
timestamped backup and a fresh one started; a directory that cannot hold the
file, or a settings file that is a link or not a file, gives in-memory
settings. Either way the reason comes back as a warning, and no warning quotes
the file's content.
*/
export function openSettings(dir: string, now: () => Date = () => new Date(), fs: FileSystem = realFileSystem): OpenedSettings {
	const file = path.join(dir, `${settingsName}.json`);
	const name = displayPath(file);
	const refused = refuseSettingsFile(file, fs);
	if (refused && !refused.corrupt) {
		return {
			settings: inMemory(),
			warnings: [{kind: 'settings-unavailable', file, message: `cannot use settings file ${name}: ${refused.reason}; resume positions will not be kept`}],
		};
	}

	let problem = refused?.reason;
	if (problem === undefined) {
		try {
			return {settings: fromConf(createConf(dir), dir), warnings: []};
		} catch (error) {
			if (!isCorruption(error)) {
				return {
					settings: inMemory(),
					warnings: [{kind: 'settings-unavailable', file, message: `cannot use settings in ${displayPath(dir)}: ${describeError(realReason(error, dir, fs))}; resume positions will not be kept`}],
				};
			}

			problem = describeCorruption(error);
		}
	}

	let backup: string | undefined;
	try {
		backup = moveAside(file, now(), fs);
		const settings = fromConf(createConf(dir), dir);
		return {
			settings,
			warnings: [{kind: 'corrupt-settings', file, ...(backup ? {backup} : {}), message: `settings file ${name} was corrupt (${problem}); moved it to ${backup ? displayPath(backup) : 'a backup'} and started afresh`}],
		};
	} catch (retryError) {
		return {
			settings: inMemory(),
			warnings: [{
				kind: 'corrupt-settings',
				file,
				...(backup ? {backup} : {}),
				message: `settings file ${name} is corrupt (${problem}) and could not be replaced: ${describeError(retryError)}; resume positions will not be kept`,
			}],
		};
	}
}
