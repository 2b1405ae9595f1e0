import path from 'node:path';

export type StoreDirInput = {
	/** The `--store DIR` flag. */
	readonly flag?: string;
	/** The process environment (only `BRIEFING_DECK_STORE` and `XDG_DATA_HOME` are read). */
	readonly env: Readonly<Record<string, string | undefined>>;
	/** What the platform says about the person, e.g. `{home: os.homedir()}`. */
	readonly platformEnv: {readonly home: string};
};

const given = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

/**
Where scores and settings live: `--store DIR`, else `BRIEFING_DECK_STORE`,
else `$XDG_DATA_HOME/briefing-deck`, else `~/.local/share/briefing-deck`.
Scores are data the person made, not configuration, hence the XDG *data* dir.
*/
export function resolveStoreDir({flag, env, platformEnv}: StoreDirInput): string {
	if (given(flag)) {
		return flag;
	}

	const fromEnv = env['BRIEFING_DECK_STORE'];
	if (given(fromEnv)) {
		return fromEnv;
	}

	// The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
	const xdg = env['XDG_DATA_HOME'];
	if (given(xdg) && path.isAbsolute(xdg)) {
		return path.join(xdg, 'briefing-deck');
	}

	return path.join(platformEnv.home, '.local', 'share', 'briefing-deck');
}
