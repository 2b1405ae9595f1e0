import type {Deck} from '../../deck/types.js';
import type {Highlighter} from '../layout/index.js';
import type {Clock} from '../use-elapsed.js';
import {type Plan, PresenterConsole} from './PresenterConsole.js';
import {type Connect, usePresenterLink} from './use-presenter-link.js';
import {useSoloShow} from './use-solo-show.js';

/** Where the console's show comes from: a slideshow over the channel, or nowhere but itself. */
export type ShowSource =
	| {readonly kind: 'solo'}
	| {
		readonly kind: 'channel';
		readonly connect: Connect;
		/** The deck file's real path and fingerprint, to check the slideshow shows the same. */
		readonly deck: {readonly path: string; readonly fingerprint: string};
		readonly log: (message: string) => void;
	};

type Props = {
	readonly deck: Deck;
	readonly source: ShowSource;
	/** The budgets worked out here; a slideshow's own, once it says them, win. */
	readonly plan: Plan;
	readonly deckArgument?: string;
	readonly clock?: Clock;
	readonly tickInterval?: number;
	readonly highlighter?: Highlighter;
};

type Shared = Omit<Props, 'source'>;

function FollowingConsole({source, plan, ...props}: Shared & {readonly source: Extract<ShowSource, {kind: 'channel'}>}) {
	const followed = usePresenterLink(source.connect, source.deck, source.log);
	return <PresenterConsole {...props} show={followed.show} plan={followed.link.kind === 'following' ? followed.plan : plan} link={followed.link} send={followed.send}/>;
}

function SoloConsole({plan, clock = Date.now, ...props}: Shared) {
	const solo = useSoloShow(props.deck, clock);
	return <PresenterConsole {...props} clock={clock} show={solo.show} plan={plan} link={{kind: 'solo'}} send={solo.send}/>;
}

/** The presenter console, with its show from the channel or, with `--solo`, from itself. */
export function PresenterApp({source, ...props}: Props) {
	return source.kind === 'solo' ? <SoloConsole {...props}/> : <FollowingConsole {...props} source={source}/>;
}
