/**
ASCII stand-ins for the app's own glyphs, for terminals whose locale is not
UTF-8 (`LANG=C`): there every byte of `•` or `│` would show as garbage. Each
stand-in takes one column, as the glyph did, so nothing laid out moves.
*/

const fallbacks: Readonly<Record<string, string>> = {
	'•': '*', '◦': 'o', '▪': '-', '·': '.', '…': '~', '–': '-', '—': '-', '“': '"', '”': '"', '‘': '\'', '’': '\'',
	'←': '<', '→': '>', '↑': '^', '↓': 'v', '›': '>', '❯': '>', '×': 'x', '✔': 'v', '✘': 'x', '☑': 'x', '☐': ' ', '▏': '|', '␛': '?',
	'─': '-', '│': '|', '┌': '+', '┐': '+', '└': '+', '┘': '+', '├': '+', '┤': '+', '┬': '+', '┴': '+', '┼': '+',
	'╭': '+', '╮': '+', '╰': '+', '╯': '+',
	'█': '#', '▀': '"', '▄': '_', '░': '.', '▁': '_', '▂': '.', '▃': ',', '▅': '-', '▆': '=', '▇': '+',
	'\uFFFD': '?',
};

const glyph = new RegExp(`[${Object.keys(fallbacks).join('')}]`, 'g');

/** The text with the app's glyphs replaced by one-column ASCII. Other text is left as it is. */
export function asciiFallback(text: string): string {
	return text.replace(glyph, character => fallbacks[character] ?? character);
}

/**
Whether the terminal's locale takes UTF-8. The first of LC_ALL, LC_CTYPE and
LANG that is set decides, as for any C program; with none set, UTF-8 is
assumed (what every current terminal uses), so only an explicit `C`, `POSIX`
or other non-UTF-8 locale gets the fallbacks.
*/
export function isUtf8Locale(env: Readonly<Record<string, string | undefined>>): boolean {
	const locale = [env['LC_ALL'], env['LC_CTYPE'], env['LANG']].find(value => value !== undefined && value !== '');
	return locale === undefined || /utf-?8/i.test(locale);
}
