/**
A word as a POSIX shell reads it back, for the commands a hint suggests: a
deck named `talk.md` stays `talk.md`, `my talk.md` becomes `'my talk.md'`.
A hint that names the deck must name the one the person used, in a form
they can paste.
*/

// Characters no POSIX shell treats specially anywhere in a word.
const plainWord = /^[\w@%+=:,./-]+$/;

export function shellWord(text: string): string {
	if (plainWord.test(text) && !text.startsWith('-')) {
		return text;
	}

	// A leading dash would be read as a flag: `./-talk.md` names the same file.
	const safe = text.startsWith('-') ? `./${text}` : text;
	return plainWord.test(safe) ? safe : `'${safe.replaceAll('\'', String.raw`'\''`)}'`;
}

/**
How a command line names a deck, as the words after a command: ` talk.md`,
` 'my talk.md'`, or nothing for the bundled briefing, which is the deck a
command without one opens.
*/
export const deckWords = (argument: string | undefined): string => (argument === undefined ? '' : ` ${shellWord(argument)}`);
