/**
Colour support, decided by the app for a terminal it has already checked.

Ink's chalk decides at import from the environment and the command line: it
gives no styles at all when `CI` is set to anything (a shell with `CI=false`
exported got no colour) or when `--no-color` is on the command line, and then
bold, inverse and underline went too, so a search hit could not be seen.
Here `--no-color` and `NO_COLOR` choose the theme without colours, and chalk
is always told a level, so emphasis stays.
*/
type Env = Readonly<Record<string, string | undefined>>;

/** 3 for truecolor, 2 for 256 colours, else 1 (16 colours, and bold, inverse and underline). */
export function colorLevel(env: Env): 1 | 2 | 3 {
	if (env['COLORTERM'] === 'truecolor' || env['COLORTERM'] === '24bit') {
		return 3;
	}

	return /-256(color)?$/i.test(env['TERM'] ?? '') ? 2 : 1;
}

/** `FORCE_COLOR=0` (or `false`) asks for no colour, as NO_COLOR does. */
export function colorForcedOff(env: Env): boolean {
	return env['FORCE_COLOR'] === '0' || env['FORCE_COLOR'] === 'false';
}

/**
Tells chalk the level before Ink (and with it chalk) is imported. chalk
reads FORCE_COLOR ahead of every flag and of `CI`.
*/
export function settleColorLevel(env: Record<string, string | undefined>): void {
	env['FORCE_COLOR'] = String(colorLevel(env));
}
