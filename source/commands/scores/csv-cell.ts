/**
One field of the CSV that `scores --csv` writes, quoted as RFC 4180 says:
a field holding a comma, a double quote or a line break goes in double
quotes, each double quote in it doubled.
*/
import {sanitize} from '../../core/text/sanitize.js';

// A spreadsheet reads a cell that starts with one of these as a formula (or, for tab and CR, may strip them and then do so).
const formulaStart = /^[=+\-@\t\r]/;

/**
Text comes from deck files and store files, which anyone can edit: it is made
inert for the terminal the CSV may be printed on (no escape bytes) and for the
spreadsheet it may be opened in (a leading `'` keeps `=HYPERLINK(…)` text).
Numbers and booleans are written as they are; null is an empty field.
*/
export function csvCell(value: string | number | boolean | null): string {
	if (value === null) {
		return '';
	}

	if (typeof value !== 'string') {
		return String(value);
	}

	const text = sanitize(value);
	const inert = formulaStart.test(text) ? `'${text}` : text;
	return /[",\n\r]/.test(inert) ? `"${inert.replaceAll('"', '""')}"` : inert;
}

/** A table: the header, then one line per row, every line ending in a newline. */
export function csvTable(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null>>): string {
	return [header.join(','), ...rows.map(row => row.map(value => csvCell(value)).join(','))].join('\n') + '\n';
}
