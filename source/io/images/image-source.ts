/**
A deck's images for one run: every header read as the deck opens (the layout
needs the sizes before the first slide is drawn), pixels decoded when first
asked for and kept, within a budget of bytes, with each size they were
scaled to. A screen gets this as a prop and never reads a file.

A deck read again (`--watch`) opens a new source with the previous one: every
header is read again, so an image added or changed since gets its size, and
an image whose bytes are the same keeps its decoded and scaled pixels.
*/
import {type ByteCache, createByteCache} from '../../core/images/byte-cache.js';
import {scaleImage} from '../../core/images/scale.js';
import {defaultImageLimits, type DecodeResult, type ImageLimits, type ImageSource} from '../../core/images/types.js';
import {decodeImage, readImageHeader} from './read-image.js';

/** Decoded pixels kept at once: a dozen full-HD photos. */
const DECODED_BYTES = 128 * 1024 * 1024;
/** Scaled copies kept: one slide's worth at many sizes, as the terminal is resized. */
const SCALED_BYTES = 32 * 1024 * 1024;

type Caches = {
	readonly decoded: ByteCache<DecodeResult>;
	readonly scaled: ByteCache<DecodeResult>;
};

// The caches of each source, for the one opened after it: keyed by version, not by name, so a changed file is decoded afresh.
const cachesOf = new WeakMap<ImageSource, Caches>();

export async function openImageSource(deckDir: string, sources: readonly string[], limits: ImageLimits = defaultImageLimits, previous?: ImageSource): Promise<ImageSource> {
	let sizes = new Map<string, {width: number; height: number}>();
	const problems = new Map<string, string>();
	const versions = new Map<string, string>();
	for (const src of sources) {
		const header = await readImageHeader(deckDir, src, limits);
		if (header.ok) {
			sizes.set(src, {width: header.width, height: header.height});
			versions.set(src, header.version);
		} else {
			problems.set(src, header.problem);
		}
	}

	const sizeOf = (result: DecodeResult): number => (result.ok ? result.image.data.byteLength : 0);
	const caches = (previous && cachesOf.get(previous)) ?? {decoded: createByteCache<DecodeResult>(DECODED_BYTES, sizeOf), scaled: createByteCache<DecodeResult>(SCALED_BYTES, sizeOf)};
	const {decoded, scaled} = caches;
	const pending = new Map<string, Promise<DecodeResult>>();
	const versionOf = (src: string): string => versions.get(src) ?? '';
	const listeners = new Set<() => void>();

	const decode = async (src: string): Promise<DecodeResult> => {
		const problem = problems.get(src);
		if (problem !== undefined || !sizes.has(src)) {
			return {ok: false, problem: problem ?? 'is not an image of this deck'};
		}

		const cached = decoded.get(versionOf(src));
		if (cached) {
			return cached;
		}

		// Two frames asking at once share one decode.
		let running = pending.get(src);
		if (!running) {
			running = decodeImage(deckDir, src, limits).then(result => {
				pending.delete(src);
				decoded.set(versionOf(src), result);
				if (!result.ok) {
					// Broken past its header: the next layout shows its alt text.
					problems.set(src, result.problem);
					// A new map, not the old one changed: what was laid out with the old one knows to lay out again.
					sizes = new Map(sizes);
					sizes.delete(src);
					versions.delete(src);
					for (const listener of listeners) {
						listener();
					}
				}

				return result;
			});
			pending.set(src, running);
		}

		return running;
	};

	const source: ImageSource = {
		get sizes() {
			return sizes;
		},
		problems,
		versions,
		decode,
		onChange(listener) {
			listeners.add(listener);
			return () => {
				listeners.delete(listener);
			};
		},

		async scaled(src, width, height) {
			const key = `${versionOf(src)}@${Math.round(width)}x${Math.round(height)}`;
			const cached = scaled.get(key);
			if (cached) {
				return cached;
			}

			const original = await decode(src);
			const result: DecodeResult = original.ok ? {ok: true, image: scaleImage(original.image, width, height)} : original;
			scaled.set(key, result);
			return result;
		},
	};
	cachesOf.set(source, caches);
	return source;
}
