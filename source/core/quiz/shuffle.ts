import type {Question} from '../deck/types.js';

/** A source of numbers in [0, 1), like `Math.random`. */
export type Random = () => number;

/**
mulberry32: a tiny 32-bit PRNG. Not for secrets; it is here so `--seed N`
gives the same option order on every machine and Node version, which
`Math.random` cannot promise.
*/
export function mulberry32(seed: number): Random {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6D_2B_79_F5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

/**
Mixes a seed with a round number, so a retry round reshuffles the options
while staying reproducible for a given `--seed`.
*/
export function deriveSeed(seed: number, round: number): number {
	return Math.floor(mulberry32((seed ^ Math.imul(round, 0x9E_37_79_B9)) >>> 0)() * 4_294_967_296);
}

/** A fresh 32-bit seed for when the person gave no `--seed`. */
export function randomSeed(random: Random = Math.random): number {
	return Math.floor(random() * 4_294_967_296);
}

/** Fisher–Yates: an unbiased shuffle into a new array. */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
	const result = [...items];
	for (let index = result.length - 1; index > 0; index--) {
		const other = Math.floor(random() * (index + 1));
		[result[index], result[other]] = [result[other]!, result[index]!];
	}

	return result;
}

/** A random ordering of `0..length-1`. */
export function permutation(length: number, random: Random): number[] {
	return shuffled(Array.from({length}, (_, index) => index), random);
}

/**
A question as shown: `order[displayed]` is the original index of the option
at that displayed position. Scoring always works on original indexes.
*/
export type PresentedQuestion = {
	readonly question: Question;
	readonly order: readonly number[];
};

export function present(question: Question, random: Random): PresentedQuestion {
	return {question, order: permutation(question.options.length, random)};
}
