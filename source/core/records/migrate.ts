import {attemptVersion} from './attempt.js';

type Raw = Readonly<Record<string, unknown>>;

/** Turns a record of version `n` into one of version `n + 1`. */
export type Upgrade = (raw: Raw) => Raw;

/**
`upgrades[n]` lifts version n to n + 1. Version 1 is current, so this is
empty; version 2 adds `1: raw => ({...raw, version: 2, ...})` and bumps
`attemptVersion`.
*/
export const upgrades: Readonly<Record<number, Upgrade>> = {};

export type Migration =
	| {readonly kind: 'current'; readonly value: Raw}
	/** Written by a newer briefing-deck: leave the file alone for it. */
	| {readonly kind: 'newer'; readonly version: number}
	| {readonly kind: 'invalid'; readonly reason: string};

export type MigrateOptions = {
	readonly current?: number;
	readonly steps?: Readonly<Record<number, Upgrade>>;
	/** What the record is, for the message: `an attempt`, `a rehearsal`. */
	readonly noun?: string;
};

/** Brings a parsed record (an attempt by default) up to the current version, one step at a time. */
export function migrate(raw: unknown, {current = attemptVersion, steps = upgrades, noun = 'an attempt'}: MigrateOptions = {}): Migration {
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
		return {kind: 'invalid', reason: `${noun} should be a JSON object`};
	}

	let value = raw as Raw;
	const {version} = value;
	if (!Number.isSafeInteger(version) || (version as number) < 1) {
		return {kind: 'invalid', reason: 'version should be a whole number from 1'};
	}

	if ((version as number) > current) {
		return {kind: 'newer', version: version as number};
	}

	for (let from = version as number; from < current; from++) {
		const step = steps[from];
		if (!step) {
			return {kind: 'invalid', reason: `no migration from version ${from}`};
		}

		value = step(value);
	}

	return {kind: 'current', value};
}
