/**
GitHub's alerts: a quote whose first line is `[!NOTE]`, `[!TIP]`,
`[!IMPORTANT]`, `[!WARNING]` or `[!CAUTION]` (any case) is a labelled callout.
presenterm draws them the same way.
*/
import type {AlertKind, Block} from './types.js';

const labels: Readonly<Record<AlertKind, string>> = {
	note: 'Note',
	tip: 'Tip',
	important: 'Important',
	warning: 'Warning',
	caution: 'Caution',
};

const marker = /^\[!(note|tip|important|warning|caution)\][ \t]*\n?/i;

export function alertLabel(kind: AlertKind): string {
	return labels[kind];
}

/** A quote's blocks as a callout, if its first line is an alert marker: the marker is taken off. */
export function readAlert(blocks: readonly Block[]): {alert: AlertKind; blocks: Block[]} | undefined {
	const [first, ...rest] = blocks;
	const head = first?.kind === 'paragraph' ? first.spans[0] : undefined;
	const match = head && !head.style.code && head.style.href === undefined ? marker.exec(head.text) : null;
	if (!first || first.kind !== 'paragraph' || !head || !match) {
		return undefined;
	}

	const spans = [{...head, text: head.text.slice(match[0].length).trimStart()}, ...first.spans.slice(1)].filter(span => span.text !== '');
	return {
		alert: match[1]!.toLowerCase() as AlertKind,
		blocks: spans.length > 0 ? [{...first, spans}, ...rest] : rest,
	};
}
