/**
Runs in its own process, bundled by the pathological test: loads one deck
file the way the CLI does, then times each stage a person waits for, and
prints the figures as JSON. A throw ends the process with a non-zero code.
*/
import process from 'node:process';
import {loadDeck} from '../../source/deck/load.js';
import {deckToPlainText} from '../../source/deck/plain-text.js';
import {createSlidePages} from '../../source/ui/slideshow/slide-pages.js';

const [file] = process.argv.slice(2);
const clock = () => performance.now();

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
process.stdout.write(JSON.stringify({
	check,
	print,
	firstSlide,
	total: check + print + firstSlide,
	pages,
	transcript,
	errors: result.diagnostics.filter(diagnostic => diagnostic.severity === 'error').length,
	maxRssMb: process.resourceUsage().maxRSS / 1024,
}));
