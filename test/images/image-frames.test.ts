import {PassThrough} from 'node:stream';
import xtermHeadless from '@xterm/headless';
import {describe, expect, test} from 'vitest';
import {frameOf, imageFrames, type Placement} from '../../source/io/terminal/image-frames.js';

const {Terminal} = xtermHeadless;

/** A stream that keeps what is written, as the terminal would get it. */
const recorder = () => {
	const writes: string[] = [];
	const stream = new PassThrough() as unknown as NodeJS.WriteStream;
	stream.write = ((chunk: string) => {
		writes.push(chunk);
		return true;
	}) as NodeJS.WriteStream['write'];
	return {stream, writes};
};

const PICTURE = '<picture>';
const sixelLike = (row: number, col: number): Placement => ({key: 'a.png', row, col, rows: 2, cols: 4, draw: () => PICTURE});

// What Ink writes: the first frame bare, then each one after erasing the last (log-update), or after clearing the screen once the frame fills it.
const erase = (lines: number) => `${'\u001B[2K\u001B[1A'.repeat(lines - 1)}\u001B[2K\u001B[G`;
const frame = (footer: string) => ['title', '', '    ', '    ', 'text', footer].join('\n');

describe('frames around pictures', () => {
	test('Ink\'s writes are told apart: frames after an erase or a clear, and bare ones; other sequences are not frames', () => {
		expect(frameOf(`${erase(3)}a\nb`)).toBe('a\nb');
		expect(frameOf('\u001B[2J\u001B[3J\u001B[Ha\nb')).toBe('a\nb');
		expect(frameOf('a\nb')).toBe('a\nb');
		expect(frameOf('\u001B[?25l')).toBeUndefined();
		expect(frameOf('\u001B[?2026h')).toBeUndefined();
	});

	test('a clock tick rewrites the footer\'s line only, and sends no picture', () => {
		const {stream, writes} = recorder();
		let placements: Placement[] = [];
		const frames = imageFrames(stream, () => placements);
		placements = [sixelLike(2, 0)];
		frames.stream.write(frame('00:00'));
		expect(writes.at(-1)).toContain(PICTURE);
		const first = writes.at(-1)!.length;
		frames.stream.write(erase(6) + frame('00:01'));
		const tick = writes.at(-1)!;
		expect(tick).not.toContain(PICTURE);
		expect(tick).toContain('\u001B[6;1H');
		expect(tick).toContain('00:01');
		expect(tick).not.toContain('title');
		expect(tick.length).toBeLessThan(first);
		expect(frames.stats).toMatchObject({frames: 2, imagesDrawn: 1, imageBytes: PICTURE.length});
	});

	test('a line written over a picture\'s cells draws it again, after the line, at its top-left cell', () => {
		const {stream, writes} = recorder();
		const frames = imageFrames(stream, () => [sixelLike(2, 3)]);
		frames.stream.write(frame('00:00'));
		frames.stream.write(erase(6) + ['title', '', '    ', 'xx  ', 'text', '00:00'].join('\n'));
		const out = writes.at(-1)!;
		expect(out.indexOf('xx')).toBeLessThan(out.indexOf(PICTURE));
		expect(out).toContain(`\u001B7\u001B[3;4H${PICTURE}\u001B8`);
	});

	test('a picture that goes has its lines written again, even where their text is the same, so nothing of it stays', () => {
		const {stream, writes} = recorder();
		let placements = [sixelLike(2, 0)];
		const frames = imageFrames(stream, () => placements);
		frames.stream.write(frame('00:00'));
		placements = [];
		frames.stream.write(erase(6) + frame('00:01'));
		expect(writes.at(-1)).toContain('\u001B[3;1H');
		expect(writes.at(-1)).toContain('\u001B[4;1H');
		expect(writes.at(-1)).not.toContain(PICTURE);
	});

	test('kitty pictures stay over rewritten text, and are taken away when they go', () => {
		const {stream, writes} = recorder();
		let placements: Placement[] = [{...sixelLike(2, 0), erase: () => '<erase>'}];
		const frames = imageFrames(stream, () => placements);
		frames.stream.write(frame('00:00'));
		frames.stream.write(erase(6) + ['title', '', 'xx  ', '    ', 'text', '00:00'].join('\n'));
		expect(writes.at(-1)).not.toContain(PICTURE);
		placements = [];
		frames.stream.write(erase(6) + frame('00:00'));
		expect(writes.at(-1)).toContain('<erase>');
	});

	test('a picture decoded after its frame is drawn at once by refresh, and not twice', () => {
		const {stream, writes} = recorder();
		let ready = false;
		const frames = imageFrames(stream, () => [{...sixelLike(2, 0), draw: () => ready ? PICTURE : undefined}]);
		frames.stream.write(frame('00:00'));
		expect(writes.at(-1)).not.toContain(PICTURE);
		ready = true;
		frames.refresh();
		expect(writes.at(-1)).toContain(PICTURE);
		const count = writes.length;
		frames.refresh();
		expect(writes).toHaveLength(count);
	});

	test('the screen shows each frame whole, with no line of an earlier one left behind', async () => {
		const {stream, writes} = recorder();
		const frames = imageFrames(stream, () => []);
		const terminal = new Terminal({cols: 20, rows: 8, allowProposedApi: true});
		const frameA = ['one one one', 'two', 'three three', 'four'].join('\n');
		const frameB = ['one', 'two two two', '', 'four', 'five'].join('\n');
		const frameC = ['one'].join('\n');
		frames.stream.write(frameA);
		frames.stream.write(erase(4) + frameB);
		const after = async () => {
			await new Promise<void>(resolve => {
				terminal.write(writes.splice(0).join(''), resolve);
			});
			return Array.from({length: 8}, (_, row) => terminal.buffer.active.getLine(row)!.translateToString(true));
		};

		expect((await after()).slice(0, 5)).toEqual(['one', 'two two two', '', 'four', 'five']);
		frames.stream.write(erase(5) + frameC);
		expect((await after()).slice(0, 5)).toEqual(['one', '', '', '', '']);
		frames.reset();
		frames.stream.write(frameA);
		expect((await after()).slice(0, 4)).toEqual(['one one one', 'two', 'three three', 'four']);
	});
});
