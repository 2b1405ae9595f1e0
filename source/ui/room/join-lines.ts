/**
How the room joins from its phones: on the intro a QR code of the URL, the
URL as text and the join code, and how many have joined; while a question is
asked, one line in the corner with the same in brief. The QR code is left
out for a screen reader (it would be read out as shapes) and where the
terminal is too small for one a camera can read; the URL then stands larger.
*/
import type {RoomAudience} from '../../core/room/room-model.js';
import {fittingQr, type QrCells, type QrEncoder} from '../../core/room/qr-code.js';
import {plural} from '../../core/text/format.js';
import {sanitize} from '../../core/text/sanitize.js';
import type {ThemedLine} from '../kit/LineText.js';
import {type Section, textLines} from '../kit/screen/screen-lines.js';
import {besideColumn} from './room-lines.js';

/** Where the room's phones join: what the web server says it listens on. */
export type ServeInfo = {
	/** The URL a phone opens, with its join token: the one the QR code holds. */
	readonly url: string;
	/** A short code to type where the QR code cannot be scanned. */
	readonly joinCode: string;
	/** The other addresses it listens on, for a phone on another network of the room. */
	readonly others: readonly string[];
};

/** Where the room is served: where to join, and the QR encoder (loaded only then). */
export type Serving = ServeInfo & {readonly encodeQr: QrEncoder};

export type JoinInput = {
	readonly serve: Serving;
	/** The QR codes of `serve.url`, most robust first (`qrChoices`): encoded once for the serve, not at each drawing. */
	readonly qrCodes: readonly QrCells[];
	readonly audience?: RoomAudience;
	readonly width: number;
	/** Rows the join block may take, QR code included. */
	readonly rows: number;
	/** No QR code: a screen reader reads the URL. */
	readonly plainOnly: boolean;
};

/** Columns between the QR code and the words beside it. */
const GAP = 3;
/** The words beside the code need at least this much room to be read. */
const MIN_TEXT_COLUMNS = 30;

const joinedText = (audience: RoomAudience | undefined): string => `${plural(audience?.joined ?? 0, 'phone')} joined`;

function words({serve, audience}: JoinInput, width: number): ThemedLine[] {
	const url = sanitize(serve.url);
	return [
		...textLines('Answer on your phone', width, {role: 'heading', bold: true}),
		...textLines('Scan the code, or open:', width, {role: 'muted'}),
		// A URL must not be broken in two: it is read whole, and copied whole.
		[{text: url, style: {role: 'title', bold: true}}],
		[],
		[{text: 'Join code  ', style: {role: 'muted'}}, {text: sanitize(serve.joinCode), style: {role: 'title', bold: true}}],
		[],
		...textLines(joinedText(audience), width, {bold: true}),
		...(serve.others.length > 0 ? [[], ...textLines(`Also on ${serve.others.map(address => sanitize(address)).join(', ')}`, width, {role: 'muted'})] : []),
		[],
		...textLines('Nothing about you is kept: no names, no accounts; your score stays on your phone.', width, {role: 'muted'}),
	];
}

/** The one of `qrCodes` that fits beside `MIN_TEXT_COLUMNS` of words in `width` × `rows`, if any does. */
export function joinQr(qrCodes: readonly QrCells[], width: number, rows: number): QrCells | undefined {
	return fittingQr(qrCodes, width - GAP - MIN_TEXT_COLUMNS, rows);
}

/** The intro's join block: the QR code with the words beside it, or the words alone, saying why. */
export function joinSection(input: JoinInput): Section {
	const {serve, qrCodes, audience, width, rows, plainOnly} = input;
	const label = `Answer on your phone: open ${sanitize(serve.url)}, join code ${sanitize(serve.joinCode)}. ${joinedText(audience)}.`;
	if (plainOnly) {
		return {lines: words(input, width), label};
	}

	const qr = joinQr(qrCodes, width, rows);
	if (!qr) {
		const note = textLines('This terminal is too small for a QR code a phone can read across the room: make the window larger, or open the address.', width, {role: 'muted'});
		return {lines: [...note, [], ...words(input, width)], label};
	}

	const code: ThemedLine[] = qr.rows.map(row => [{text: row, style: {role: 'qr'}}]);
	return {lines: besideColumn(code, words(input, width - qr.width - GAP), qr.width + GAP), label};
}

/** The asking screen's corner: where to join, and how many have joined and answered (never what they chose). */
export function joinCorner({serve, audience}: Pick<JoinInput, 'serve' | 'audience'>, width: number): Section {
	const text = `${sanitize(serve.url)} · code ${sanitize(serve.joinCode)} · ${audience?.joined ?? 0} joined · ${audience?.answered ?? 0} answered`;
	return {lines: textLines(text, width, {role: 'muted'}), label: `Join at ${sanitize(serve.url)}, code ${sanitize(serve.joinCode)}. ${audience?.joined ?? 0} joined, ${audience?.answered ?? 0} answered.`};
}
