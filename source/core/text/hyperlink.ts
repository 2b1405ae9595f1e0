/**
OSC 8 hyperlinks. The target comes from a deck, and it goes inside an escape
sequence, so it must not be able to end that sequence early or smuggle another
one in: anything but printable ASCII drops the link (its text still shows).
*/
import {sanitize} from './sanitize.js';

// Printable ASCII but space: every character a URL needs, nothing that could end the OSC.
const urlCharacters = /^[\u0021-\u007E]+$/;
const maxLength = 2048;

/** The href if it is safe to put inside an OSC 8 sequence, else `undefined`. */
export function safeHref(href: string | undefined): string | undefined {
	if (href === undefined) {
		return undefined;
	}

	const clean = sanitize(href);
	if (clean !== href || clean.length > maxLength || !urlCharacters.test(clean)) {
		return undefined;
	}

	return clean;
}

/** Wraps already-sanitized text in an OSC 8 link to an already-checked href. */
export function osc8(href: string, text: string): string {
	return `\u001B]8;;${href}\u0007${text}\u001B]8;;\u0007`;
}

/**
Terminals that do not know OSC 8 and print its parameters as text: the Linux
console, the DEC VTs and their emulations, `dumb`.
*/
const withoutHyperlinks = /^(?:dumb|linux|cons25|vt\d+)(?:-|$)/;

/**
Whether to draw links as OSC 8: only for a real terminal that knows them,
with colour on (NO_COLOR users get plain text and the URL after it).
*/
export function supportsHyperlinks(options: {
	readonly isTTY: boolean;
	readonly env: Readonly<Record<string, string | undefined>>;
	readonly color: boolean;
}): boolean {
	const {isTTY, env, color} = options;
	return isTTY && color && !withoutHyperlinks.test(env['TERM'] ?? '') && !isNoColor(env);
}

/** NO_COLOR is on when it is set to anything but the empty string (no-color.org). */
export function isNoColor(env: Readonly<Record<string, string | undefined>>): boolean {
	const value = env['NO_COLOR'];
	return value !== undefined && value !== '';
}
