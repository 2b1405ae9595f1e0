/**
Pictures on screen. A laid-out picture is `rows` lines of blank cells
(ImageCell); this fills them. With half blocks the lines themselves are the
picture, as text. With kitty, iTerm2 or sixel the cells stay blank and the
picture is drawn over them by the frame writer (io/terminal/image-frames.ts),
which is told here where each picture's top-left cell is on screen: read from
Ink's own layout when the frame is written.

Each picture is decoded and scaled once per size (by the screen's
ImageSource), and encoded once per size here, and kept for as long as the screen runs: going back to
a slide already seen costs only the drawing.
*/
import {Box, type DOMElement, Text} from 'ink';
import {createContext, type ReactNode, use, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore} from 'react';
import {kittyDelete, kittyPlace} from '../../core/images/encode-kitty.js';
import {describeImageProtocol, drawsOverCells} from '../../core/images/protocol.js';
import {sanitize} from '../../core/text/sanitize.js';
import {tmuxPassthrough} from '../../core/images/passthrough.js';
import type {DecodedImage, ImageSource} from '../../core/images/types.js';
import type {ImageCell} from '../../core/layout/types.js';
import type {Graphics} from '../../io/terminal/detect-graphics.js';
import type {Placement} from '../../io/terminal/image-frames.js';

/** A picture encoded for this screen's protocol. */
type Encoded =
	| {readonly kind: 'blocks'; readonly lines: readonly string[]}
	| {readonly kind: 'sequence'; readonly sequence: string}
	| {readonly kind: 'kitty'; readonly id: number; readonly transmit: string; sent: boolean};

type Mounted = {
	readonly cell: ImageCell;
	readonly encoded: Encoded;
	readonly node: {readonly current: DOMElement | null};
};

/** One screen's pictures: what it draws them with, what it has encoded, and which are mounted where. */
export type ScreenImages = {
	readonly graphics: Graphics;
	/** Pictures drawn over their cells, as the frame writer finds them. */
	readonly placements: () => readonly Placement[];
	/** kitty: takes away every picture this screen sent, and forgets having sent them. */
	readonly farewell: () => string;
	/** Set by the full-screen renderer: draws pictures mounted or decoded since the last frame. */
	refresh: () => void;
	/** Asks for one refresh after the commit under way: a picture of 20 rows mounts 20 rows, and is drawn once. */
	readonly refreshSoon: () => void;
	readonly mount: (mounted: Mounted) => () => void;
	readonly encode: (cell: ImageCell, source: ImageSource) => Promise<Encoded | undefined>;
	readonly encoded: (cell: ImageCell, source: ImageSource | undefined) => Encoded | undefined;
};

/** Where a node's top-left cell is on screen: its offsets in Ink's layout, added up to the root. */
function cellOf(node: DOMElement): {row: number; col: number} {
	let row = 0;
	let col = 0;
	for (let current: DOMElement | undefined = node; current; current = current.parentNode) {
		row += current.yogaNode?.getComputedTop() ?? 0;
		col += current.yogaNode?.getComputedLeft() ?? 0;
	}

	return {row: Math.round(row), col: Math.round(col)};
}

/** The pixel size a picture is encoded at for `cell` on this screen. */
function pixelSize(graphics: Graphics, cell: ImageCell, image: {readonly width: number; readonly height: number}): {width: number; height: number} {
	if (graphics.protocol === 'blocks') {
		return {width: cell.cols, height: cell.rows * 2};
	}

	const width = cell.cols * graphics.cell.width;
	const height = cell.rows * graphics.cell.height;
	// kitty and iTerm2 stretch a picture over its cells themselves: never send more pixels than it has.
	return graphics.protocol === 'sixel' || image.width * image.height > width * height ? {width, height} : {width: image.width, height: image.height};
}

/** What an encoding is kept under: the picture at its size, and the version of its file (a watched deck's image can change). */
const encodingKey = (cell: ImageCell, source: ImageSource): string => `${cell.key}#${source.versions.get(cell.src) ?? ''}`;

export function screenImages(graphics: Graphics): ScreenImages {
	const cache = new Map<string, Encoded>();
	const pending = new Map<string, Promise<Encoded | undefined>>();
	const mounted = new Set<Mounted>();
	const wrap = graphics.tmux ? tmuxPassthrough : (sequence: string) => sequence;
	let nextKittyId = 1;
	let refreshQueued = false;

	// Each encoder is loaded when the first picture needs it: a deck without pictures never evaluates the sixel package.
	const encodeImage = async (cell: ImageCell, scaled: DecodedImage): Promise<Encoded> => {
		switch (graphics.protocol) {
			case 'kitty': {
				const {kittyTransmit} = await import('../../core/images/encode-kitty.js');
				const id = nextKittyId++;
				return {kind: 'kitty', id, transmit: kittyTransmit(scaled, id).map(chunk => wrap(chunk)).join(''), sent: false};
			}

			case 'iterm2': {
				const {encodeIterm2} = await import('../../core/images/encode-iterm2.js');
				return {kind: 'sequence', sequence: wrap(encodeIterm2(scaled, cell.cols, cell.rows))};
			}

			case 'sixel': {
				const {encodeSixel} = await import('../../core/images/encode-sixel.js');
				return {kind: 'sequence', sequence: wrap(encodeSixel(scaled))};
			}

			default: {
				const {halfBlocks} = await import('../../core/images/half-blocks.js');
				return {kind: 'blocks', lines: halfBlocks(scaled, graphics.depth)};
			}
		}
	};

	const images: ScreenImages = {
		graphics,
		refresh() {},
		refreshSoon() {
			if (refreshQueued) {
				return;
			}

			refreshQueued = true;
			// After the rest of the commit's layout effects, before anything else gets to write.
			queueMicrotask(() => {
				refreshQueued = false;
				images.refresh();
			});
		},
		placements() {
			// Every mounted row by where it is: a picture is drawn only where all its rows are on screen, in
			// place, so one cut short (a pane showing part of a slide) is never drawn over what follows it.
			const rowsAt = new Set<string>();
			const positions = new Map<Mounted, {row: number; col: number}>();
			for (const entry of mounted) {
				if (entry.node.current) {
					const at = cellOf(entry.node.current);
					positions.set(entry, at);
					rowsAt.add(`${entry.cell.key}#${entry.cell.row}@${at.row},${at.col}`);
				}
			}

			const placements: Placement[] = [];
			for (const [{cell, encoded}, {row, col}] of positions) {
				const whole = Array.from({length: cell.rows}, (_, index) => rowsAt.has(`${cell.key}#${index}@${row + index},${col}`)).every(Boolean);
				if (cell.row !== 0 || !whole || encoded.kind === 'blocks') {
					continue;
				}

				const placement = {key: `${cell.key}@${row},${col}`, row, col, rows: cell.rows, cols: cell.cols};
				if (encoded.kind === 'kitty') {
					placements.push({
						...placement,
						draw() {
							const transmit = encoded.sent ? '' : encoded.transmit;
							encoded.sent = true;
							// Placement id 1 of each picture: placing it again moves it rather than adding one.
							return transmit + wrap(kittyPlace(encoded.id, cell.cols, cell.rows));
						},
						erase: () => wrap(kittyDelete(encoded.id, false)),
					});
				} else {
					placements.push({...placement, draw: () => encoded.sequence});
				}
			}

			return placements;
		},
		farewell() {
			let out = '';
			for (const encoded of cache.values()) {
				if (encoded.kind === 'kitty' && encoded.sent) {
					// Its placements and its pixels too, so nothing stays in the terminal's memory.
					out += wrap(kittyDelete(encoded.id, true));
					encoded.sent = false;
				}
			}

			return out;
		},
		mount(entry) {
			mounted.add(entry);
			return () => {
				mounted.delete(entry);
			};
		},
		encoded: (cell, source) => (source ? cache.get(encodingKey(cell, source)) : undefined),
		async encode(cell, source) {
			const key = encodingKey(cell, source);
			const known = cache.get(key);
			if (known) {
				return known;
			}

			let promise = pending.get(key);
			if (!promise) {
				promise = (async () => {
					const original = source.sizes.get(cell.src);
					if (!original || original.width === 0 || original.height === 0) {
						return undefined;
					}

					const size = pixelSize(graphics, cell, original);
					// Scaled (and cached per size) by the source; a picture it cannot decode stays blank cells.
					const scaled = await source.scaled(cell.src, size.width, size.height);
					if (!scaled.ok) {
						return undefined;
					}

					const encoded = await encodeImage(cell, scaled.image);
					cache.set(key, encoded);
					return encoded;
				})().catch(() => undefined).finally(() => {
					pending.delete(key);
				});
				pending.set(key, promise);
			}

			return promise;
		},
	};
	return images;
}

/** The screen's pictures, where its terminal draws them. */
export const ScreenImagesContext = createContext<ScreenImages | undefined>(undefined);
/** Where the deck's pictures come from: given by the screen that shows the deck. */
export const ImageSourceContext = createContext<ImageSource | undefined>(undefined);

export function ImageSourceProvider({source, children}: {readonly source: ImageSource | undefined; readonly children: ReactNode}) {
	return <ImageSourceContext value={source}>{children}</ImageSourceContext>;
}

/** How this screen draws pictures and why, for its help; undefined for a deck without pictures (nothing was asked). */
export function useImagesNote(): string | undefined {
	const graphics = use(ScreenImagesContext)?.graphics;
	// The reason can quote the environment (TERM=…): inert before it is shown.
	return graphics && sanitize(describeImageProtocol(graphics.protocol, graphics.reason, graphics.tmux));
}

/** The terminal's cell in pixels, for laying pictures out at their aspect ratio; undefined where no picture is drawn. */
export const useCellPixels = (): {readonly width: number; readonly height: number} | undefined => use(ScreenImagesContext)?.graphics.cell;

const noChanges = () => () => {};

/**
The sizes of the source's images, as a new map when one is found broken past
its header: a layout made with them is made again, that image its alt text.
*/
export function useImageSizes(source: ImageSource | undefined): ImageSource['sizes'] | undefined {
	return useSyncExternalStore(source?.onChange ?? noChanges, () => source?.sizes);
}

/** What a pane lays pictures out with: their sizes and the cell's, where pictures are drawn at all. */
export function usePaneImages(): {imageSizes?: ReadonlyMap<string, {readonly width: number; readonly height: number}>; cellPixels?: {readonly width: number; readonly height: number}} {
	const imageSizes = useImageSizes(use(ImageSourceContext));
	const cellPixels = useCellPixels();
	return imageSizes && cellPixels ? {imageSizes, cellPixels} : {};
}

export const imagesDrawnOverCells = (images: ScreenImages | undefined): boolean => images !== undefined && drawsOverCells(images.graphics.protocol);

/** One row of a picture's cells: half blocks as text, or blank cells a picture is drawn over. */
export function ImageRow({cell}: {readonly cell: ImageCell}) {
	const images = use(ScreenImagesContext);
	const source = use(ImageSourceContext);
	const node = useRef<DOMElement>(null);
	// The row can be handed another picture (a pane showing the next slide) or a new version of the file (a watched
	// deck read again): what it shows is always the encoding of the picture it has now, found at once if made before.
	const wanted = source ? encodingKey(cell, source) : undefined;
	const [shown, setShown] = useState(() => ({key: wanted, encoded: images?.encoded(cell, source)}));
	if (shown.key !== wanted) {
		setShown({key: wanted, encoded: images?.encoded(cell, source)});
	}

	const encoded = shown.key === wanted ? shown.encoded : undefined;

	const draws = images !== undefined && source !== undefined && images.graphics.protocol !== 'off';

	useEffect(() => {
		if (!draws || encoded) {
			return;
		}

		let current = true;
		void images.encode(cell, source).then(result => {
			if (current && result) {
				setShown({key: wanted, encoded: result});
			}
		});
		return () => {
			current = false;
		};
	}, [draws, encoded, images, source, cell, wanted]);

	const overlays = draws && drawsOverCells(images.graphics.protocol);
	useLayoutEffect(() => {
		if (!overlays || !encoded) {
			return;
		}

		const unmount = images.mount({cell, encoded, node});
		// Mounted after the frame that made room for it was written: draw it now, not at the next frame.
		images.refreshSoon();
		return unmount;
	}, [overlays, encoded, images, cell]);

	const blank = ' '.repeat(cell.cols);
	if (encoded?.kind === 'blocks') {
		return <Text wrap="truncate-end">{encoded.lines[cell.row] ?? blank}</Text>;
	}

	return (
		<Box ref={node} width={cell.cols} height={1} flexShrink={0}>
			<Text aria-hidden>{blank}</Text>
		</Box>
	);
}
