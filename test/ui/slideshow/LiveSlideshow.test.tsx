/**
The slideshow with `--watch`, in a fake terminal: a deck read again keeps the
show on the same slide (by slug, else by number) and step, a broken file puts
a one-line banner over the last good version, and fixing it takes it away.
*/
import {describe, expect, it} from 'vitest';
import type {LoadResult} from '../../../source/io/deck/load.js';
import {parseDeck} from '../../../source/core/deck/parse.js';
import type {ShowState} from '../../../source/core/protocol/protocol.js';
import {LiveSlideshow} from '../../../source/ui/slideshow/LiveSlideshow.js';
import {createDeckFeed} from '../../../source/io/watch/deck-feed.js';
import {frameChange, press, readingKeys} from '../../helpers/frames.js';
import {right} from '../../helpers/keys.js';
import {renderInTerminal, unmountAfterEach} from '../helpers.js';

const keep = unmountAfterEach();

const deckText = (...slides: string[]): string => slides.join('\n\n---\n\n');
const loaded = (text: string): LoadResult => ({path: 'talk.md', ...parseDeck(text, {fileName: 'talk'})});

const first = deckText('# Opening\n\nHello.', '## Plan\n\nStep one.\n\n<!-- pause -->\n\nStep two.', '## Close\n\nBye.');

async function open(text = first) {
	let next = loaded(text);
	const feed = createDeckFeed('talk.md', next.deck!, () => next);
	const states: ShowState[] = [];
	const app = renderInTerminal(
		<LiveSlideshow feed={feed} budgetsFor={deck => deck.slides.map(() => undefined)} hyperlinks={false} offerQuiz={false} clock={() => 0} onShowState={state => states.push(state)}/>,
		{columns: 80, rows: 24},
	);
	keep(app);
	await readingKeys(app);
	/** The file as saved now. */
	const save = async (saved: string | LoadResult) => {
		next = typeof saved === 'string' ? loaded(saved) : saved;
		const before = app.lastFrame();
		feed.reload();
		await frameChange(app, before, 2000);
	};

	return {app, save, states};
}

const counter = (frame: string): string | undefined => /\d+ \/ \d+/.exec(frame)?.[0];

describe('a watched slideshow', () => {
	it('shows the new text on the same slide and step, found by its slug when slides come before it', async () => {
		const {app, save, states} = await open();
		await press(app, right, right);
		expect(app.lastFrame()).toContain('Step two.');
		await save(deckText('# Opening\n\nHello.', '## Agenda\n\nNew slide.', '## Plan\n\nStep one, reworded.\n\n<!-- pause -->\n\nStep two.', '## Close\n\nBye.'));
		expect(app.lastFrame()).toContain('Step one, reworded.');
		expect(app.lastFrame()).toContain('Step two.');
		expect(counter(app.lastFrame())).toBe('3 / 4');
		expect(states.at(-1)).toMatchObject({slide: 2, step: 1});
		// No console was told of the old place in the new deck.
		expect(states.filter(state => state.slide === 1 && state.step === 1)).toHaveLength(1);
	});

	it('stays at the same number when the slide\'s title changed, and on its last step when steps went', async () => {
		const {app, save} = await open();
		await press(app, right, right);
		await save(deckText('# Opening\n\nHello.', '## Planning\n\nOne step only.', '## Close\n\nBye.'));
		expect(app.lastFrame()).toContain('One step only.');
		expect(counter(app.lastFrame())).toBe('2 / 3');
		await press(app, right);
		expect(app.lastFrame()).toContain('Bye.');
	});

	it('keeps the last good version under a one-line banner while the file is broken, and drops the banner once fixed', async () => {
		const {app, save} = await open();
		await press(app, right);
		await save(`---\ntitle: [unclosed\n---\n\n${first}`);
		const broken = app.lastFrame();
		expect(broken).toContain('Step one.');
		expect(broken).toMatch(/talk\.md:\d+:\d+: error: /);
		expect(broken.split('\n').filter(line => line.includes('talk.md:'))).toHaveLength(1);
		await save(deckText('# Opening\n\nHello.', '## Plan\n\nStep one, fixed.', '## Close\n\nBye.'));
		expect(app.lastFrame()).toContain('Step one, fixed.');
		expect(app.lastFrame()).not.toContain('talk.md:');
	});

	it('says so when the file is gone, and shows it again when it is back', async () => {
		const {app, save} = await open();
		await save({path: 'talk.md', diagnostics: [{severity: 'error', line: 1, column: 1, message: 'file not found'}]});
		expect(app.lastFrame()).toContain('talk.md:1:1: error: file not found');
		expect(app.lastFrame()).toContain('Hello.');
		await save(deckText('# Opening\n\nHello again.'));
		expect(app.lastFrame()).toContain('Hello again.');
		expect(app.lastFrame()).not.toContain('file not found');
	});
});
