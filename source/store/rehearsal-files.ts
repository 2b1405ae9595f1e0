/**
Rehearsals, one file each under `<store>/rehearsals/<deck>/`, written once
and never rewritten, like attempts: the same atomic write, and the same
treatment of a damaged file (moved aside to a timestamped backup and
reported, never deleted).
*/
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {describeError, errorCode} from './errors.js';
import {compactTime, moveAside, writeFileAtomic} from './files.js';
import {migrate} from './migrate.js';
import {type Rehearsal, rehearsalVersion, validateRehearsal} from './rehearsal.js';
import type {StoreWarning} from './warnings.js';

export type RehearsalHistory = {
	/** Oldest first. */
	readonly rehearsals: readonly Rehearsal[];
	readonly warnings: readonly StoreWarning[];
};

export function writeRehearsal(directory: string, rehearsal: Rehearsal): string {
	const name = `${compactTime(new Date(rehearsal.endedAt), true)}-${process.pid}-${crypto.randomBytes(4).toString('hex')}.json`;
	const file = path.join(directory, name);
	fs.mkdirSync(directory, {recursive: true});
	writeFileAtomic(file, `${JSON.stringify(rehearsal, undefined, '\t')}\n`);
	return file;
}

const setAside = (file: string, reason: string, now: Date): StoreWarning => {
	const what = `rehearsal ${file} is corrupt (${reason})`;
	try {
		const backup = moveAside(file, now);
		return backup
			? {kind: 'corrupt-rehearsal', file, backup, message: `${what}; moved it to ${backup}`}
			: {kind: 'corrupt-rehearsal', file, message: `${what}; another process moved it aside`};
	} catch (error) {
		return {kind: 'corrupt-rehearsal', file, message: `${what} and could not be moved aside (${describeError(error)}); left in place and skipped`};
	}
};

const readRehearsal = (file: string, deckId: string, now: () => Date): Rehearsal | StoreWarning | undefined => {
	let raw: unknown;
	try {
		raw = JSON.parse(fs.readFileSync(file, 'utf8'));
	} catch (error) {
		if (errorCode(error) === 'ENOENT') {
			return undefined;
		}

		return error instanceof SyntaxError
			? setAside(file, `invalid JSON: ${error.message}`, now())
			: {kind: 'unreadable', file, message: `cannot read rehearsal ${file}: ${describeError(error)}`};
	}

	const migrated = migrate(raw, {current: rehearsalVersion, steps: {}, noun: 'a rehearsal'});
	if (migrated.kind === 'newer') {
		return {kind: 'newer-version', file, version: migrated.version, message: `rehearsal ${file} was saved by a newer briefing-deck (version ${migrated.version}); skipped and left in place`};
	}

	if (migrated.kind === 'invalid') {
		return setAside(file, migrated.reason, now());
	}

	const validation = validateRehearsal(migrated.value);
	if (!validation.ok) {
		return setAside(file, validation.problems.join('; '), now());
	}

	// Two ids can share a directory (case-insensitive file systems, very long ids).
	return validation.rehearsal.deckId === deckId ? validation.rehearsal : undefined;
};

/** Every readable rehearsal of `deckId` in `directory`; damaged files are moved aside and reported. */
export function readRehearsals(directory: string, deckId: string, now: () => Date): RehearsalHistory {
	let names: string[];
	try {
		// Temp files start with a dot and backups end in `.corrupt-<time>`.
		names = fs.readdirSync(directory).filter(name => name.endsWith('.json') && !name.startsWith('.')).sort();
	} catch (error) {
		return errorCode(error) === 'ENOENT'
			? {rehearsals: [], warnings: []}
			: {rehearsals: [], warnings: [{kind: 'unreadable', file: directory, message: `cannot read rehearsals in ${directory}: ${describeError(error)}`}]};
	}

	const rehearsals: Rehearsal[] = [];
	const warnings: StoreWarning[] = [];
	for (const name of names) {
		const outcome = readRehearsal(path.join(directory, name), deckId, now);
		if (outcome === undefined) {
			continue;
		}

		if ('kind' in outcome) {
			warnings.push(outcome);
		} else {
			rehearsals.push(outcome);
		}
	}

	rehearsals.sort((a, b) => Date.parse(a.endedAt) - Date.parse(b.endedAt));
	return {rehearsals, warnings};
}
