import {parseDeck} from '../../source/core/deck/parse.js';
import type {Deck, Quiz} from '../../source/core/deck/types.js';

/**
A deck whose answer key, explanations and feedback are words found nowhere
else, so a test can look for them in every byte a phone receives; and whose
text holds markup and escape bytes, to be shown as text and never run.
*/
export const secretWords = {
	explanation: 'Zanzibar-EXPLAINS-quokka',
	feedback: 'Marmalade-FEEDBACK-yak',
	card: 'Obsidian-CARDANSWER-lynx',
} as const;

/** Markup, kept as text by an inline code span; the escape bytes around it become visible control pictures when the deck is read. */
export const hostileMarkup = '<script>alert(1)</script><img src=x onerror=alert(2)>';
const hostileText = `\`${hostileMarkup}\` \u001B]0;pwned\u0007`;

const source = `---
title: Phones Drill
id: phones-drill
---

## Only slide

Text.

<!-- quiz -->

# Phones Quiz

## Which one is right? ${hostileText}
<!-- id: one -->

- [ ] Wrong ${hostileText}

  ${secretWords.feedback}

- [x] Right option
- [ ] Another wrong

${secretWords.explanation}

## Choose every right one
<!-- id: many -->

- [x] First right
- [x] Second right
- [ ] Not right

## Say it to yourself
<!-- id: card -->

${secretWords.card}
`;

export function hostileDeck(): Deck & {quiz: Quiz} {
	const {deck} = parseDeck(source);
	if (!deck.quiz || deck.quiz.questions.length !== 3) {
		throw new Error(`the phones deck has no three questions: ${JSON.stringify(deck.quiz?.questions.map(question => question.kind))}`);
	}

	return deck as Deck & {quiz: Quiz};
}
