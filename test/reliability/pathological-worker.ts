/**
Runs in its own process, bundled by the pathological test: loads one deck
file the way the CLI does, then times each stage a person waits for, and
prints the figures as JSON. A throw ends the process with a non-zero code.

`worker.mjs <deck> [warm passes]`: with 0 warm passes only the first pass
runs (its time and peak memory are what a person meets), and `warm` is left out.
*/
import process from 'node:process';
import {loadDeck} from '../../source/io/deck/load.js';
import {deckToPlainText} from '../../source/core/layout/deck-text.js';
import {createSlidePages} from '../../source/ui/kit/slide-pages.js';

const [file, passesArgument = '7'] = process.argv.slice(2);
const passes = Number(passesArgument);
// CPU time of this process, not the wall clock: on a busy machine the wall
// clock also counts the time spent waiting for a core, which says nothing of
// how the work grows with the input.
const clock = (): number => {
	const {user, system} = process.cpuUsage();
	return (user + system) / 1000;
};

type Stages = {check: number; print: number; firstSlide: number; total: number; pages: number; transcript: number; errors: number};

/** One pass through the stages a person waits for, each timed. */
function stages(): Stages {
	let started = clock();
	const result = loadDeck(file!);
	const check = clock() - started;

	started = clock();
	const transcript = result.deck ? deckToPlainText(result.deck, {notes: true, answers: true}).length : 0;
	const print = clock() - started;

	// What the slideshow computes before its first frame: the first slide's pages
	// at 80x24 (the first key press asks for their count).
	started = clock();
	let pages = 0;
	if (result.deck && result.deck.slides.length > 0) {
		pages = createSlidePages(result.deck, {width: 76, height: 20}).pageCount(0, 0);
	}

	const firstSlide = clock() - started;
	return {
		check,
		print,
		firstSlide,
		total: check + print + firstSlide,
		pages,
		transcript,
		errors: result.diagnostics.filter(diagnostic => diagnostic.severity === 'error').length,
	};
}

// The first pass is what a person waits for, compiling included; its peak
// memory is the figure that counts.
const cold = stages();
const maxRssMb = process.resourceUsage().maxRSS / 1024;
// Then the median of several more, each after a full collection (the test
// runs this with --expose-gc): with the code compiled and the heap clean,
// neither compiling nor collecting decides how the time grows with the input.
// The median, not the fastest: a pass can be twice as fast as its neighbours
// when the optimizing compiler happens to finish just before it, and at which
// pass that happens differs between sizes.
const collect = (globalThis as {gc?: () => void}).gc ?? (() => undefined);
const warmPasses: number[] = [];
for (let run = 0; run < passes; run++) {
	collect();
	warmPasses.push(stages().total);
}

warmPasses.sort((a, b) => a - b);
const warm = warmPasses[Math.floor(warmPasses.length / 2)];
process.stdout.write(JSON.stringify({...cold, warm, maxRssMb}));
