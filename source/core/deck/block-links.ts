import type {Block, Span} from './types.js';

/** Every link in some blocks, with the line of the block it is in. */
export function collectLinks(blocks: readonly Block[]): Array<{href: string; line: number}> {
	const links: Array<{href: string; line: number}> = [];
	const fromSpans = (spans: readonly Span[], line: number) => {
		let previous: string | undefined;
		for (const span of spans) {
			if (span.style.href !== undefined && span.style.href !== previous) {
				links.push({href: span.style.href, line});
			}

			previous = span.style.href;
		}
	};

	const walk = (block: Block) => {
		switch (block.kind) {
			case 'heading':
			case 'paragraph': {
				fromSpans(block.spans, block.line);
				break;
			}

			case 'list': {
				for (const item of block.items) {
					item.blocks.forEach(walk);
				}

				break;
			}

			case 'quote': {
				block.blocks.forEach(walk);
				break;
			}

			case 'columns': {
				block.columns.flat().forEach(walk);
				break;
			}

			case 'table': {
				for (const cell of [...block.header, ...block.rows.flat()]) {
					fromSpans(cell, block.line);
				}

				break;
			}

			default:
		}
	};

	blocks.forEach(walk);
	return links;
}

/** The first `#slug` or `#3` link in some blocks. */
export function firstSlideLink(blocks: readonly Block[]): string | undefined {
	for (const link of collectLinks(blocks)) {
		if (link.href.startsWith('#')) {
			return link.href.slice(1);
		}
	}

	return undefined;
}
