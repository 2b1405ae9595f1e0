import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {judgeItems} from '../../source/core/deck/item-rules.js';
import {parseDeck} from '../../source/core/deck/parse.js';
import type {Diagnostic} from '../../source/core/deck/types.js';
import {checkDecks} from '../../source/commands/check/check-report.js';
import {loadDeck} from '../../source/io/deck/load.js';
import {md, repoRoot} from './helpers.js';

/** The item rules' warnings for a quiz written as the lines after `<!-- quiz -->`, as `line rule` strings. */
function judge(...quizLines: string[]): string[] {
	return judgeFull(...quizLines).map(diagnostic => `${diagnostic.line} ${diagnostic.rule ?? 'no rule'}`);
}

function judgeFull(...quizLines: string[]): Diagnostic[] {
	// Line 1 is `<!-- quiz -->`, line 2 blank: a question on line 3 is the quiz's third line.
	const {deck, diagnostics} = parseDeck(md('<!-- quiz -->', '', ...quizLines), {fileName: 'test'});
	expect(diagnostics).toEqual([]);
	return judgeItems(deck.quiz!);
}

/** A single-choice question that breaks no rule, for padding a quiz. */
const fine = (topic: string, right = 0) => {
	const options = ['Paris', 'Lyon', 'Nice', 'Lille'].map((city, index) => `- [${index === right ? 'x' : ' '}] ${city}`);
	return [`## Which city hosts the ${topic} fair?`, '', ...options, ''];
};

describe('the item-writing rules', () => {
	it('longest-option: a right option half as long again as the longest wrong one, at its line', () => {
		expect(judge(
			'## Why does pre-training matter?',
			'',
			'- [ ] It is cheap',
			'- [x] It is the costliest phase, and its gains carry into every later model',
			'- [ ] It is quick',
		)).toEqual(['6 longest-option']);
	});

	it('longest-option: no warning for a right option only a little longer, nor for Yes against No', () => {
		expect(judge(
			'## Why does pre-training matter?',
			'',
			'- [ ] It is the cheapest phase, so experiments there are free',
			'- [x] It is the costliest phase, and its gains carry into later models',
			'- [ ] It is the fastest phase, with feedback during the run',
		)).toEqual([]);
		expect(judge('## Did the team grow?', '', '- [x] Yes', '- [ ] No')).toEqual([]);
	});

	it('longest-option: across a quiz, when the right option is the longest in more than half the single-choice questions', () => {
		const lengthy = (topic: string) => [`## Which city hosts the ${topic} fair?`, '', '- [ ] Nice', '- [x] Lille', '- [ ] Lyon', ''];
		const quiz = [...lengthy('book'), ...lengthy('wine'), ...lengthy('film'), ...fine('food')];
		const found = judgeFull(...quiz);
		expect(found.map(diagnostic => `${diagnostic.line} ${diagnostic.rule}`)).toEqual(['3 longest-option']);
		expect(found[0]?.message).toContain('longest in 3 of 4 single-choice questions (lines 3, 9, 15)');
		// Half is not more than half; and three questions are too few to tell a habit from chance.
		expect(judge(...lengthy('book'), ...lengthy('wine'), ...fine('food'), ...fine('film'))).toEqual([]);
		expect(judge(...lengthy('book'), ...lengthy('wine'), ...lengthy('film'))).toEqual([]);
	});

	it('all-of-the-above: "all of the above" and "none of these", at the option', () => {
		expect(judge(
			'## Which of these are fruit?',
			'',
			'- [ ] A carrot',
			'- [ ] A leek',
			'- [ ] A potato',
			'- [x] None of the above',
		)).toEqual(['8 all-of-the-above']);
		expect(judge('## Which is a fruit?', '', '- [x] An apple', '- [ ] A leek', '- [ ] A potato', '- [ ] All of these')).toEqual(['8 all-of-the-above']);
	});

	it('negative-stem: "not" or "except" without emphasis; none when bold, italic or in capitals', () => {
		const question = (stem: string) => [`## ${stem}`, '', '- [ ] Paris', '- [x] Berlin', '- [ ] Lyon', '- [ ] Nice'];
		expect(judge(...question('Which city is not in France?'))).toEqual(['3 negative-stem']);
		expect(judge(...question('All of these are in France except which?'))).toEqual(['3 negative-stem']);
		expect(judge(...question('Which city isn’t in France?'))).toEqual(['3 negative-stem']);
		expect(judge(...question('Which city is **not** in France?'))).toEqual([]);
		expect(judge(...question('Which city is *not* in France?'))).toEqual([]);
		expect(judge(...question('Which city is NOT in France?'))).toEqual([]);
		expect(judge(...question('Which city is in Germany?'))).toEqual([]);
	});

	it('similar-options: the same text, or a slip of a letter, at the later option', () => {
		expect(judge('## Which phase costs most?', '', '- [x] Pre-training', '- [ ] Fine-tuning', '- [ ] fine tuning.', '- [ ] Evaluation')).toEqual(['7 similar-options']);
		expect(judge('## Which workflow is named?', '', '- [x] Curriculum design', '- [ ] Curiculum design', '- [ ] Data scraping', '- [ ] Model merging')).toEqual(['6 similar-options']);
	});

	it('similar-options: one-word options a letter apart are different words, not a slip', () => {
		expect(judge('## What happened to the release?', '', '- [x] Shipped', '- [ ] Slipped', '- [ ] Skipped', '- [ ] Cancelled')).toEqual([]);
	});

	it('similar-options: options that differ by a number or a single letter are different answers', () => {
		expect(judge(
			'## What did Anthropic raise?',
			'',
			'- [x] A $30B Series H at $900B pre-money',
			'- [ ] A $30B Series G at $900B pre-money',
			'- [ ] A $30B Series H at $300B pre-money',
			'- [ ] A $40B Series H at $900B pre-money',
		)).toEqual([]);
	});

	it('word-cue: a stem word found in the right option and in no wrong one', () => {
		expect(judge(
			'## Which team does the new researcher join?',
			'',
			'- [ ] The alignment group',
			'- [x] A new pre-training group',
			'- [ ] The product group',
			'- [ ] The policy group',
		)).toEqual(['6 word-cue']);
		// Wrong options that echo the question too leave no cue; neither do small words, nor code.
		expect(judge(
			'## Which team does the researcher join?',
			'',
			'- [ ] The alignment team',
			'- [x] The pre-training team',
			'- [ ] The product team',
			'- [ ] The policy team',
		)).toEqual([]);
		expect(judge('## Which of these become speaker notes?', '', '- [x] `<!-- speaker_note: hi -->`', '- [ ] `<!-- pause -->`', '- [ ] `> quoted`')).toEqual([]);
	});

	it('answer-in-other-stem: a question whose wording names another\'s answer, at the question that gives it away', () => {
		expect(judge(
			'## Who leads pre-training?',
			'',
			'- [x] Nick Joseph',
			'- [ ] Dario Amodei',
			'- [ ] Jared Kaplan',
			'',
			'## What did Karpathy join, reporting to Nick Joseph?',
			'',
			'- [x] A pre-training team',
			'- [ ] A product unit',
			'- [ ] The board',
		)).toEqual(['9 answer-in-other-stem']);
	});

	it('answer-in-other-stem: a quiz of many questions in a few words is not judged pair by pair', () => {
		// Every stem holds every right answer's words: judged pair by pair, that is a warning for each of the n² pairs.
		const questions = Array.from({length: 400}, (_, index) => [
			`## Which alpha beta gamma delta is number ${index}?`,
			'',
			'- [x] Alpha beta',
			'- [ ] Gamma delta',
			'- [ ] Delta epsilon',
			'',
		]).flat();
		const found = judge(...questions).filter(warning => warning.endsWith('answer-in-other-stem'));
		expect(found.length).toBeLessThan(400);
	});

	it('answer-in-other-stem: no warning when the stem names the wrong options as much as the right one', () => {
		expect(judge(
			'## Who leads pre-training?',
			'',
			'- [x] Nick Joseph',
			'- [ ] Dario Amodei',
			'- [ ] Jared Kaplan',
			'',
			'## Which is older, Nick Joseph’s team or Dario Amodei’s?',
			'',
			'- [x] Dario Amodei’s',
			'- [ ] Nick Joseph’s',
			'- [ ] They started together',
		)).toEqual([]);
	});

	it('all-options-right: a choose-all question with no wrong option', () => {
		expect(judge('## Which are workflows?', '', '- [x] Curriculum design', '- [x] Architecture search', '- [x] Synthetic data')).toEqual(['3 all-options-right']);
	});

	it('two-options: a single choice between two, unless yes/no or true/false', () => {
		expect(judge('## Which came first?', '', '- [x] Tesla', '- [ ] Eureka Labs')).toEqual(['3 two-options']);
		expect(judge('## Did Eureka Labs close?', '', '- [ ] Yes, it was wound down', '- [x] No, it takes a back seat')).toEqual([]);
		expect(judge('## Pre-training is the costliest phase.', '', '- [x] True', '- [ ] False')).toEqual([]);
	});

	it('lint-ignore silences one rule for one question, and names an unknown rule', () => {
		const twoWay = (ignore: string) => ['## Which came first?', ignore, '', '- [x] Tesla', '- [ ] Eureka Labs', ''];
		expect(judge(...twoWay('<!-- lint-ignore: two-options -->'), ...twoWay('<!-- id: second -->'))).toEqual(['9 two-options']);
		expect(judge(...twoWay('<!-- lint-ignore: word-cue -->'))).toEqual(['3 two-options']);
		const unknown = judgeFull(...twoWay('<!-- lint-ignore: two-option -->'));
		expect(unknown.map(diagnostic => [diagnostic.line, diagnostic.rule, diagnostic.hint])).toEqual([
			[3, 'two-options', expect.any(String)],
			[4, undefined, 'did you mean `two-options`?'],
		]);
	});

	it('leaves the word rules out for a quiz in another language, and keeps the others', () => {
		expect(judge(
			'## Quelle ville est la capitale de la France ?',
			'',
			'- [x] Paris',
			'- [ ] Lyon',
			'',
			'## Welche Städte liegen nicht in Frankreich?',
			'',
			'- [x] Berlin',
			'- [x] München',
		)).toEqual(['8 all-options-right']);
		expect(judge('## どの都市が日本の首都ですか', '', '- [x] 東京', '- [ ] 京都')).toEqual([]);
	});

	it('cites the guideline in plain words, and says which rules read English', () => {
		const [found] = judgeFull('## Which came first?', '', '- [x] Tesla', '- [ ] Eureka Labs');
		expect(found?.message).toContain('item writers give three or four plausible options');
		expect(found?.message).toContain('a rule for English text');
		expect(found?.severity).toBe('warning');
	});
});

describe('quizzes written to the guidelines', () => {
	it('the example deck and the bundled briefing have no item warnings', () => {
		for (const name of ['example.md', 'karpathy-joins-anthropic.md']) {
			const {deck} = loadDeck(path.join(repoRoot, 'decks', name));
			expect(judgeItems(deck!.quiz!), name).toEqual([]);
		}
	});

	it('a varied quiz of good items passes', () => {
		expect(judge(
			...fine('book', 0),
			...fine('wine', 1),
			...fine('film', 2),
			...fine('food', 3),
			'## Which phase of building an LLM uses the most compute?',
			'',
			'- [ ] Fine-tuning on customer conversations',
			'- [x] Pre-training on the base corpus',
			'- [ ] Evaluating the finished model',
			'',
			'## Which are among the four candidate workflows?',
			'',
			'- [x] Curriculum design',
			'- [ ] Scraping more of the open web',
			'- [x] Architecture search',
			'- [ ] Distilling smaller models',
			'',
			'## Did Eureka Labs close?',
			'',
			'- [ ] Yes',
			'- [x] No',
			'',
			'## In your own words: why does the recursion matter?',
			'',
			'It could make each model cheaper to train than the last.',
		)).toEqual([]);
	});
});

describe('check and the item rules', () => {
	it('prints the rule after the message and carries it in --json', () => {
		const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'item-rules-'));
		try {
			const file = path.join(directory, 'two.md');
			fs.writeFileSync(file, md('# Talk', '', '<!-- quiz -->', '', '## Which came first?', '', '- [x] Tesla', '- [ ] Eureka Labs'));
			const text = checkDecks([loadDeck(file)]);
			expect(text.stdout).toContain(':5:1: warning: a single-choice question with two options');
			expect(text.stdout).toContain('[two-options]\n  hint: add a plausible wrong option');
			expect(text.exitCode).toBe(0);
			const json = JSON.parse(checkDecks([loadDeck(file)], {json: true}).stdout) as {decks: Array<{warnings: Array<{line: number; rule?: string}>}>};
			expect(json.decks[0]?.warnings.map(warning => [warning.line, warning.rule])).toEqual([[5, 'two-options']]);
		} finally {
			fs.rmSync(directory, {recursive: true, force: true});
		}
	});
});
