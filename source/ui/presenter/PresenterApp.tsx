import {type ComponentType, useEffect, useMemo} from 'react';
import type {Deck} from '../../core/deck/types.js';
import {deckFingerprint} from '../../core/protocol/deck-info.js';
import {roomFromSnapshot} from '../../core/protocol/room-snapshot.js';
import type {Highlighter} from '../../core/layout/index.js';
import type {Clock} from '../kit/use-elapsed.js';
import {PresenterConsole} from './PresenterConsole.js';
import {type Plan} from '../../core/talk/budgets.js';
import type {RoomConsoleProps} from '../kit/console/room-console-props.js';
import {type Connect, usePresenterLink} from './use-presenter-link.js';
import {useSoloShow} from './use-solo-show.js';
import type {RehearsalLog} from '../../core/talk/rehearsal.js';

/** Where the console's show comes from: a slideshow over the channel, or nowhere but itself. */
export type ShowSource =
	/** `onRehearsal` (`--rehearse`): time each slide, and hear of the log at every change. */
	| {readonly kind: 'solo'; readonly onRehearsal?: (log: RehearsalLog) => void}
	| {
		readonly kind: 'channel';
		readonly connect: Connect;
		/** The deck file's real path, to check the screen followed shows the same. */
		readonly deck: {readonly path: string};
		readonly log: (message: string) => void;
	};

type Props = {
	readonly deck: Deck;
	/**
	The room quiz's console, drawn while the followed screen runs the room quiz.
	It is handed in, as screens of one family never import another's.
	*/
	readonly roomConsole: ComponentType<RoomConsoleProps>;
	readonly source: ShowSource;
	/** The budgets worked out here; a slideshow's own, once it says them, win. */
	readonly plan: Plan;
	readonly deckArgument?: string;
	readonly clock?: Clock;
	readonly tickInterval?: number;
	readonly highlighter?: Highlighter;
	/** What is wrong with the deck file now (`--watch`), said on the bottom line. */
	readonly banner?: string;
	/** The screen followed shows another version of the deck: read the file again. */
	readonly onOtherVersion?: () => void;
	/** A word on the bottom line as the console opens, until the first key. */
	readonly notice?: string;
};

type Shared = Omit<Props, 'source'>;

function FollowingConsole({source, plan, roomConsole: RoomConsole, ...props}: Shared & {readonly source: Extract<ShowSource, {kind: 'channel'}>}) {
	const {deck} = props;
	const version = useMemo(() => ({path: source.deck.path, fingerprint: deckFingerprint(deck), slugs: deck.slides.map(slide => slide.slug), ...(deck.quiz ? {quizHash: deck.quiz.hash} : {})}), [source.deck.path, deck]);
	const followed = usePresenterLink(source.connect, version, source.log);
	const room = useMemo(() => followed.room && roomFromSnapshot(followed.room, deck.quiz?.questions ?? []), [followed.room, deck]);
	// A slideshow that reloaded its deck says so in a new hello: this console reads the file again once for each.
	const otherVersion = followed.link.kind === 'following' && followed.link.otherVersion;
	const theirs = followed.screen?.deck.fingerprint;
	const {onOtherVersion} = props;
	useEffect(() => {
		if (otherVersion) {
			onOtherVersion?.();
		}
	}, [otherVersion, theirs, onOtherVersion]);
	if (followed.screen?.kind === 'room') {
		return <RoomConsole deck={deck} room={room} otherQuestions={followed.room !== undefined && room === undefined} link={followed.link} send={followed.sendRoom} deckArgument={props.deckArgument} banner={props.banner} {...(followed.screen.deck.notices ? {notices: followed.screen.deck.notices} : {})} clock={props.clock}/>;
	}

	return <PresenterConsole {...props} show={followed.show} plan={followed.link.kind === 'following' ? followed.plan : plan} link={followed.link} send={followed.send}/>;
}

function SoloConsole({plan, clock = Date.now, roomConsole: _roomConsole, onRehearsal, ...props}: Shared & {readonly onRehearsal?: (log: RehearsalLog) => void}) {
	const solo = useSoloShow(props.deck, clock, onRehearsal);
	return <PresenterConsole {...props} clock={clock} show={solo.show} plan={plan} link={{kind: 'solo', rehearsing: onRehearsal !== undefined}} send={solo.send}/>;
}

/** The presenter console, with its show from the channel or, with `--solo`, from itself. */
export function PresenterApp({source, ...props}: Props) {
	return source.kind === 'solo' ? <SoloConsole {...props} onRehearsal={source.onRehearsal}/> : <FollowingConsole {...props} source={source}/>;
}
