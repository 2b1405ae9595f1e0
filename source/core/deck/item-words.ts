/**
The words of a quiz question, as the item rules compare them: lower-cased,
with punctuation and Markdown marks set aside, and, for English, the content
words that carry meaning without the small words around them.
*/

/** A word is letters and digits, with an apostrophe, hyphen or decimal point inside it kept (`pre-training`, `4.7`). */
const wordPattern = /[\p{L}\p{N}]+(?:['\u2019.-][\p{L}\p{N}]+)*/gu;

/** The words of `text`, lower-cased, curly apostrophes made straight. */
export function words(text: string): string[] {
	return (text.normalize('NFKC').toLowerCase().match(wordPattern) ?? []).map(word => word.replaceAll('’', '\''));
}

/** Small words that carry grammar, not meaning: a stem and an option sharing one is no cue. */
const functionWords = new Set(`
a about above after again against all also am an and any are as at be because been before being below between both but by
can could did do does doing down during each either else ever every few for from further had has have having he her here hers
him his how i if in into is it its itself just me more most much my neither no nor not now of off on once one only or other
our ours out over own per same she should so some such than that the their theirs them then there these they this those
through to too under until up upon us very was we were what when where which while who whom whose why will with within without
would yes you your true false
`.trim().split(/\s+/));

/** The same word in another form: `labs` and `lab`, `Karpathy’s` and `Karpathy`. */
function stem(word: string): string {
	const bare = word.replace(/'s$/, '');
	if (/ies$/.test(bare) && bare.length > 4) {
		return bare.slice(0, -3) + 'y';
	}

	return /[^s]s$/.test(bare) && bare.length > 3 ? bare.slice(0, -1) : bare;
}

/** The content words of English `text`, each in one form. */
export function contentWords(text: string): string[] {
	return words(text).filter(word => !functionWords.has(word)).map(word => stem(word));
}

/** Common English words that any English sentence is full of, and few sentences of other languages written in Latin letters. */
const markers = new Set(['the', 'a', 'an', 'of', 'to', 'is', 'are', 'and', 'what', 'which', 'who', 'how', 'does', 'did', 'do', 'for', 'on', 'with', 'it', 'that', 'this', 'was', 'by', 'from', 'why', 'when', 'not']);

/**
Whether a quiz is in English, cheaply: most of its letters are Latin, and at
least one word in ten is a common English word (English prose runs near one
in three, a quiz with short options near one in five; French, German or
Spanish quizzes near none).
*/
export function isEnglish(texts: readonly string[]): boolean {
	const text = texts.join(' ');
	const letters = text.match(/\p{L}/gu)?.length ?? 0;
	const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
	if (letters === 0 || latin < letters / 2) {
		return false;
	}

	const all = words(text);
	const common = all.filter(word => markers.has(word)).length;
	return common * 10 >= all.length;
}
