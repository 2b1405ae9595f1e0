import process from 'node:process';
import {resolveDeckPath} from '../../io/deck/bundled.js';
import type {LoadResult} from '../../io/deck/load.js';
import {closestSlide} from '../../core/deck/links.js';
import type {Deck} from '../../core/deck/types.js';
import type {ImageSource} from '../../core/images/types.js';
import {deckToPlainText} from '../../core/layout/deck-text.js';
import {sanitize} from '../../core/text/sanitize.js';
import {claimTerminal, notInteractive} from '../../io/terminal/claim-terminal.js';
import {currentBuildId} from '../../io/cache/build-id.js';
import {codeCacheDirectory} from '../../io/cache/code-cache.js';
import {loadDeckCached} from '../../io/cache/deck-cache.js';
import type {Command} from '../shared/command.js';
import {runDeckQuiz} from '../shared/deck-quiz.js';
import {keptApart, storeDirectory, withStoreId} from '../shared/deck-identity.js';
import {imagesNotice, openDeck, openDeckImages, recoveredNotice} from '../shared/open-deck.js';
import {type OpenedStore, openStore} from '../shared/open-store.js';
import type {RoomQuizOptions} from '../shared/room-quiz.js';
import type {Streams} from '../shared/streams.js';
import {keepTalk} from './keep-talk.js';

/**
`briefing-deck [deck]`: the slideshow, then the deck's quiz if the person
asks for it on the end screen: the quiz for the room when the show was
presented (a console attached, or `--present`), their own otherwise. Piped or
redirected, the deck as a transcript.
*/
export async function runPlayCommand(command: Extract<Command, {kind: 'play'}>, streams: Streams): Promise<number> {
	const {stdout, stderr} = streams;
	let notice: string | undefined;
	const deckCache = deckCacheFor(streams.env);
	// With --watch, an empty or broken file is waited for (in a terminal) until a save can be shown.
	const watchOpening = command.watch ? await (await import('../shared/watch-opening.js')).openForWatch(command.deck, streams, command, deckCache?.load) : undefined;
	if (command.watch && !watchOpening) {
		// Quit while waiting: nothing was shown, nothing kept.
		return 0;
	}

	const opening = openDeck(command.deck, stderr, errors => {
		notice = recoveredNotice(errors, command.deck);
	}, watchOpening ? () => watchOpening.result : deckCache?.load);
	if (!opening) {
		watchOpening?.watched?.close();
		return 1;
	}

	let deck = opening;

	if (!stdout.isTTY || streams.env['TERM'] === 'dumb') {
		// Piped or redirected, or a terminal that cannot place text (an editor's
		// shell, say): a transcript is what is wanted there.
		stdout.write(deckToPlainText(deck));
		deckCache?.keep();
		return 0;
	}

	if (!streams.stdin.isTTY) {
		stderr.write(notInteractive('the slideshow', command.deck));
		return 2;
	}

	const startSlide = command.slide === undefined ? undefined : resolveSlide(deck, command.slide);
	if (startSlide === null) {
		const near = closestSlide(command.slide!.replace(/^#/, ''), deck.slides);
		const hint = near ? `did you mean \`${near.slug}\` (slide ${near.number})?` : `give a number from 1 to ${deck.slides.length} or a slide's slug`;
		stderr.write(`briefing-deck: --slide ${sanitize(command.slide ?? '')}: no such slide (the deck has ${deck.slides.length})\n  hint: ${sanitize(hint)}\n`);
		return 2;
	}

	const color = claimTerminal(streams.stdin, command.color);
	// Before anything reads or keeps the talk's history: the id it is kept under
	// in the store (another deck with the same title keeps its own). A few small reads.
	const storeDir = storeDirectory(command.store, streams.env);
	const identity = keptApart(opening, command.deck, storeDir);
	deck = identity.deck;
	const keptAs = (shown: Deck): Deck => withStoreId(shown, deck.meta.id);
	const paceFromRehearsal = command.paceFromRehearsal === true;
	// The store is opened after the first frame when nothing on that frame
	// needs it: past rehearsals set the pace only with --pace-from-rehearsal
	// or in a deck without a duration, and a watched deck may change that.
	// The resume hint then appears a moment after the slide.
	const storeFirst = paceFromRehearsal || deck.meta.duration === undefined || command.watch === true || deck.slides.length === 0;
	const store = storeLater(async () => openStore(command.store, streams.env));
	const opened = storeFirst ? await store.open() : undefined;
	if (opened && deck.slides.length === 0 && command.offerQuiz && (deck.quiz?.questions.length ?? 0) > 0) {
		// A deck that is only a quiz has nothing to show first: straight to the quiz (the room's, when presented).
		return command.present ? runRoomQuiz(deck, command, color, streams) : runDeckQuiz(deck, personalQuiz(command, color), opened, streams);
	}

	const {runSlideshow} = await import('./mount-slideshow.js');
	const presenting = await import('../shared/presenting.js');
	const {budgets, warnings, unpaced} = presenting.planFor(deck, opened?.store, paceFromRehearsal);
	// Nothing is watched, or even loaded for it, without --watch.
	const watched = command.watch ? watchOpening?.watched ?? (await import('../../io/watch/watch-deck.js')).watchDeck(resolveDeckPath(command.deck), deck) : undefined;
	const live = watched && {
		feed: watched,
		budgetsFor: (shown: Deck) => presenting.planFor(keptAs(shown), opened?.store, paceFromRehearsal).budgets,
		imagesFor: async (shown: Deck, previous: ImageSource | undefined) => openDeckImages(shown, resolveDeckPath(command.deck), previous),
	};
	const shared = await presenting.openShowChannel(deck, resolveDeckPath(command.deck), budgets, streams.env, live);
	// Said as the show opens, not only after it: a deck with nothing to pace from can still be rehearsed first, and a second slideshow of a deck runs without the consoles.
	const images = await openDeckImages(deck, resolveDeckPath(command.deck));
	const openingNotice = [notice, imagesNotice(images, command.deck), unpaced, presenting.channelNotice(shared)].filter(line => line !== undefined).join(' · ');
	// The slideshow that holds the channel runs the talk; where there can be no channel at all, this one does.
	const holdsTheTalk = shared.channel !== undefined || process.getuid === undefined;
	const talk = keepTalk(deck.meta.id, {storeDir, keep: holdsTheTalk && command.rehearse !== true});
	const resumeSlide = opened?.store?.resumePosition(deck.meta.id);
	const result = await runSlideshow(deck, {
		...(images ? {images} : {}),
		...(startSlide === undefined ? {} : {startSlide}),
		...(resumeSlide === undefined ? {} : {resumeSlide}),
		...(opened ? {} : {laterResumeSlide: async () => (await store.open()).store?.resumePosition(deck.meta.id)}),
		theme: command.theme,
		color,
		stdout,
		offerQuiz: command.offerQuiz && deck.quiz !== undefined,
		screenReader: command.screenReader,
		...(command.images === undefined ? {} : {imageProtocol: command.images}),
		...(openingNotice === '' ? {} : {notice: openingNotice}),
		...(deckCache ? {afterFirstFrame: deckCache.keep} : {}),
		onPosition(slide) {
			store.whenOpen(({store: scores}) => {
				try {
					scores?.saveResumePosition(deck.meta.id, slide);
				} catch {
					// A resume position is a convenience; failing to keep one must not stop the show.
				}
			});
		},
		budgets,
		rehearse: command.rehearse === true,
		present: command.present === true,
		...(command.maxWidth === undefined ? {} : {maxWidth: command.maxWidth}),
		...(shared.channel ? {remote: shared.channel.remote, onShowState: shared.channel.onShowState, talkOffers: shared.channel.talks} : {}),
		...(talk.kept ? {keptTalk: talk.kept} : {}),
		onTalk: talk.onTalk,
		...(live ? {live} : {}),
	}).finally(() => {
		shared.channel?.close();
		watched?.close();
	});
	// Resolved is a quit (the end screen and the quiz are quits too); a crash rejects, and a signal never gets here.
	talk.ended();
	if (shared.problem) {
		stderr.write(`briefing-deck: presenter consoles could not follow this show: ${shared.problem}\n`);
	}

	presenting.reportWarnings([...warnings, ...(unpaced === undefined ? [] : [unpaced]), ...talk.warnings()], stderr);
	for (const said of [...identity.warnings, ...(identity.notice === undefined ? [] : [identity.notice])]) {
		stderr.write(`briefing-deck: ${sanitize(said)}\n`);
	}

	const kept = result.rehearsal ? presenting.keepRehearsal(deck, command.deck, result.rehearsal, budgets, (await store.open()).store, streams) : 0;
	const shown = watched?.current().deck ?? deck;
	switch (result.next) {
		case 'quit': {
			return kept;
		}

		case 'room': {
			// The end of a presented talk belongs to the room: its quiz, on this screen, with the consoles following; nothing personal is kept.
			return runRoomQuiz(shown, command, color, streams);
		}

		case 'quiz': {
			return runDeckQuiz(shown, personalQuiz(command, color), await store.open(), streams);
		}
	}
}

type PlayCommand = Extract<Command, {kind: 'play'}>;

/** The presenter's own quiz after the slides. */
function personalQuiz({room: _room, ...command}: PlayCommand, color: boolean): Extract<Command, {kind: 'quiz'}> {
	return {...command, kind: 'quiz', color, shuffle: false, json: false, exam: false};
}

/** The room quiz after a presented show, with the slideshow's `--countdown` and `--save-room`; loaded only then. */
async function runRoomQuiz(deck: Deck, command: PlayCommand, color: boolean, streams: Streams): Promise<number> {
	const room = await import('../shared/room-quiz.js');
	const options: RoomQuizOptions = {
		...(command.deck === undefined ? {} : {deck: command.deck}),
		...(command.store === undefined ? {} : {store: command.store}),
		shuffle: false,
		json: false,
		room: command.room,
		theme: command.theme,
		color,
		screenReader: command.screenReader,
	};
	return room.runRoomQuiz(deck, options, streams);
}

/**
The score store, opened once, when first asked for. `whenOpen` runs its
callback at once if the store is open and otherwise once it is, in order, so
a position saved before the store was open is not lost.
*/
function storeLater(open: () => Promise<OpenedStore>): {open: () => Promise<OpenedStore>; whenOpen: (then: (opened: OpenedStore) => void) => void} {
	let opening: Promise<OpenedStore> | undefined;
	let opened: OpenedStore | undefined;
	const openOnce = async (): Promise<OpenedStore> => {
		opening ??= open().then(result => {
			opened = result;
			return result;
		});
		return opening;
	};

	return {
		open: openOnce,
		whenOpen(then) {
			if (opened) {
				then(opened);
			} else {
				void openOnce().then(then);
			}
		},
	};
}

/** `--slide 3` or `--slide why-now`; null when it names no slide. */
function resolveSlide(deck: Deck, value: string): number | null {
	const slug = value.replace(/^#/, '');
	if (/^\d+$/.test(slug)) {
		const number = Number(slug);
		return number >= 1 && number <= deck.slides.length ? number : null;
	}

	return deck.slides.find(slide => slide.slug === slug)?.number ?? null;
}

/**
The slideshow's deck loader, through the parsed-deck cache (deck-cache.ts)
when this is a build that has one. A deck parsed afresh is kept by `keep`,
called once the first slide is drawn, so the writing never delays it.
*/
function deckCacheFor(env: Streams['env']): {readonly load: (file: string) => LoadResult; readonly keep: () => void} | undefined {
	const directory = codeCacheDirectory(env);
	const buildId = currentBuildId();
	if (directory === undefined || buildId === undefined) {
		return undefined;
	}

	let save: (() => void) | undefined;
	return {
		load(file) {
			const loaded = loadDeckCached(file, {directory, buildId});
			save = loaded.save;
			return loaded.result;
		},
		keep() {
			save?.();
			save = undefined;
		},
	};
}
