/**
The shape of `settings.json`, checked by hand as conf reads the file. conf
could check it with a JSON schema, but then it compiles an ajv validator on
every open, which costs more than the rest of opening the store; this check
says the same things in the same words.
*/

import {isRecord} from './checks.js';

/** What a valid settings file holds. Extra keys are allowed, so a file written by a newer version is not taken for a corrupt one. */
export type SettingsFile = {
	/** Last slide number per deck id. */
	resume?: Record<string, number>;
	preferences?: {shuffle?: boolean};
};

/** The prefix conf gives a schema violation, kept so a bad file reads as before. */
export const schemaViolation = 'Config schema violation: ';

// A JSON pointer, as ajv's instancePath writes it, without the leading slash.
const pointer = (...keys: readonly string[]): string =>
	keys.map(key => key.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

const problem = (keys: readonly string[], message: string): string => `\`${pointer(...keys)}\` ${message}`;

/** Every way `value` breaks the settings shape, worded as ajv words them (`\`resume/intro\` must be integer`). */
export function settingsProblems(value: unknown): string[] {
	if (!isRecord(value)) {
		return [problem([], 'must be object')];
	}

	const problems: string[] = [];
	const {resume, preferences} = value;
	if (resume !== undefined) {
		if (isRecord(resume)) {
			for (const [deckId, slide] of Object.entries(resume)) {
				if (!Number.isInteger(slide)) {
					problems.push(problem(['resume', deckId], 'must be integer'));
				}

				if (typeof slide === 'number' && slide < 1) {
					problems.push(problem(['resume', deckId], 'must be >= 1'));
				}
			}
		} else {
			problems.push(problem(['resume'], 'must be object'));
		}
	}

	if (preferences !== undefined) {
		if (!isRecord(preferences)) {
			problems.push(problem(['preferences'], 'must be object'));
		} else if (preferences['shuffle'] !== undefined && typeof preferences['shuffle'] !== 'boolean') {
			problems.push(problem(['preferences', 'shuffle'], 'must be boolean'));
		}
	}

	return problems;
}

/**
conf's `deserialize`: parses the file and throws on a shape it must not use,
as conf's schema check did (a `SyntaxError` for bad JSON, an Error starting
with `schemaViolation` otherwise), so the caller can move the file aside.
*/
export function parseSettings(text: string): SettingsFile {
	const value: unknown = JSON.parse(text);
	const problems = settingsProblems(value);
	if (problems.length > 0) {
		throw new Error(schemaViolation + problems.join('; '));
	}

	return value as SettingsFile;
}
