/**
The process title: what `ps` and `top` show for a running briefing-deck. The
command and its deck tell a slideshow from its console (`briefing-deck
talk.md`, `briefing-deck presenter talk.md`) where the title would otherwise
be `node …/cli.js` for both.
*/
import {sanitize} from '../../core/text/sanitize.js';
import {shellWord} from '../../core/text/shell-word.js';
import type {Command} from './command.js';

/** Longer titles are cut: Linux keeps a title within the memory of the original command line. */
export const maxTitleLength = 60;

/** The flags that make the same command a different process on screen. */
function modeWords(command: Command): string[] {
	switch (command.kind) {
		case 'quiz': {
			return [...(command.room ? ['--room'] : []), ...(command.exam ? ['--exam'] : [])];
		}

		case 'presenter': {
			return command.solo ? ['--solo'] : [];
		}

		default: {
			return [];
		}
	}
}

export function processTitle(command: Command): string {
	const verb = command.kind === 'play' || command.kind === 'usage-error' ? [] : [command.kind];
	const decks = command.kind === 'check' ? command.decks : ('deck' in command && command.deck !== undefined ? [command.deck] : []);
	const words = ['briefing-deck', ...verb, ...decks.map(deck => shellWord(deck)), ...modeWords(command)];
	// A deck's name is the person's text: no control characters in a title a terminal shows.
	const title = sanitize(words.join(' '));
	const characters = [...title];
	return characters.length <= maxTitleLength ? title : `${characters.slice(0, maxTitleLength - 1).join('')}…`;
}
