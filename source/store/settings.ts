import path from 'node:path';
import Conf from 'conf';
import {describeError, StoreWriteError} from './errors.js';
import {moveAside} from './files.js';
import {parseSettings, schemaViolation} from './settings-check.js';
import type {StoreWarning} from './warnings.js';

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

/**
Opens `<dir>/settings.json` with conf. A corrupt file is moved aside to a
timestamped backup and a fresh one started; a directory that cannot hold the
file gives in-memory settings. Either way the reason comes back as a warning.
*/
export function openSettings(dir: string, now: () => Date = () => new Date()): OpenedSettings {
	const file = path.join(dir, `${settingsName}.json`);
	try {
		return {settings: fromConf(createConf(dir), dir), warnings: []};
	} catch (error) {
		if (!isCorruption(error)) {
			return {
				settings: inMemory(),
				warnings: [{kind: 'settings-unavailable', file, message: `cannot use settings in ${dir}: ${describeError(error)}; resume positions will not be kept`}],
			};
		}

		let backup: string | undefined;
		try {
			backup = moveAside(file, now());
			const settings = fromConf(createConf(dir), dir);
			return {
				settings,
				warnings: [{kind: 'corrupt-settings', file, ...(backup ? {backup} : {}), message: `settings file ${file} was corrupt (${describeError(error)}); moved it to ${backup ?? 'a backup'} and started afresh`}],
			};
		} catch (retryError) {
			return {
				settings: inMemory(),
				warnings: [{
					kind: 'corrupt-settings',
					file,
					...(backup ? {backup} : {}),
					message: `settings file ${file} is corrupt (${describeError(error)}) and could not be replaced: ${describeError(retryError)}; resume positions will not be kept`,
				}],
			};
		}
	}
}
