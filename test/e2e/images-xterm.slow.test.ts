/**
Pictures in real terminals. A sixel picture in xterm (`-ti vt340`) under Xvfb,
read back from screenshots (ImageMagick's `import`): its colours where the
slide puts it, and still there after the clock has ticked twice, which
redraws the footer each time. And the half-block fallback, cell by cell, in
a headless xterm fed by a pty.
*/
import {type ChildProcess, execFileSync, spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {spawn as spawnPty} from '@lydell/node-pty';
import xtermHeadless from '@xterm/headless';
import {PNG} from 'pngjs';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {childEnv} from '../helpers/pty-driver.js';
import {cliIsBuilt, cliPath} from '../helpers/pty.js';
import {waitUntil} from '../helpers/wait.js';

const {Terminal} = xtermHeadless;

const onPath = (command: string): boolean => {
	try {
		execFileSync('sh', ['-c', `command -v ${command}`], {stdio: 'ignore'});
		return true;
	} catch {
		return false;
	}
};

const missing = ['Xvfb', 'xterm', 'import'].filter(command => !onPath(command));
const why = missing.length > 0 ? `needs ${missing.join(', ')} (apt-get install xvfb xterm imagemagick)` : (cliIsBuilt() ? undefined : 'needs dist/ (node scripts/build.js)');
if (why) {
	console.warn(`images-xterm: skipped, ${why}`);
}

const COLS = 100;
const ROWS = 30;
const RED = [255, 0, 0] as const;
const BLUE = [0, 0, 255] as const;

let work = '';
let deck = '';

beforeAll(() => {
	work = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-deck-images-'));
	// A picture of large blocks of pure colour: left half red, right half blue.
	const width = 200;
	const height = 100;
	const png = new PNG({width, height});
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			png.data.set([...(x < width / 2 ? RED : BLUE), 255], ((y * width) + x) * 4);
		}
	}

	fs.writeFileSync(path.join(work, 'blocks.png'), PNG.sync.write(png));
	deck = path.join(work, 'deck.md');
	fs.writeFileSync(deck, '# Pictures\n\n---\n\n## A picture\n\n![Red and blue](blocks.png)\n\nUnder the picture.\n');
});

afterAll(() => {
	fs.rmSync(work, {recursive: true, force: true});
});

/** The app's environment: its store in the work folder, so a rehearsal is kept there. */
const appEnv = (overrides: Record<string, string | undefined> = {}) => childEnv({BRIEFING_DECK_STORE: path.join(work, 'store'), XDG_CONFIG_HOME: path.join(work, 'config'), ...overrides});

/** The cells the picture's half blocks fill, found in a headless xterm: where the slide puts the picture. */
async function halfBlockCells(): Promise<{row: number; col: number; rows: number; cols: number; cells: Array<{row: number; col: number; fg: number; bg: number; char: string}>}> {
	const terminal = new Terminal({cols: COLS, rows: ROWS, allowProposedApi: true});
	const child = spawnPty(process.execPath, [cliPath, deck, '--images', 'blocks', '--slide', '2'], {name: 'xterm-256color', cols: COLS, rows: ROWS, cwd: work, env: appEnv({COLORTERM: 'truecolor'})});
	child.onData(data => {
		terminal.write(data);
	});
	const cells = () => {
		const found = [];
		const buffer = terminal.buffer.active;
		for (let row = 0; row < ROWS; row++) {
			for (let col = 0; col < COLS; col++) {
				const cell = buffer.getLine(row)?.getCell(col);
				if (cell?.getChars() === '▀') {
					found.push({row, col, fg: cell.getFgColor(), bg: cell.getBgColor(), char: cell.getChars()});
				}
			}
		}

		return found;
	};

	try {
		const footer = () => Array.from({length: ROWS}, (_, row) => terminal.buffer.active.getLine(row)?.translateToString(true) ?? '').some(line => line.includes('2 / 2'));
		await waitUntil(() => cells().length > 0 && footer(), 'the picture in half blocks', {timeout: 10_000});
		const found = cells();
		const rows = new Set(found.map(cell => cell.row));
		const cols = new Set(found.map(cell => cell.col));
		return {row: Math.min(...rows), col: Math.min(...cols), rows: rows.size, cols: cols.size, cells: found};
	} finally {
		child.kill();
		terminal.dispose();
	}
}

describe.skipIf(why !== undefined)('pictures in a real terminal', () => {
	test('half blocks: every cell of the picture is ▀ in truecolor, red on the left half, blue on the right', async () => {
		const {row, col, rows, cols, cells} = await halfBlockCells();
		expect(cells).toHaveLength(rows * cols);
		expect(rows).toBeGreaterThan(1);
		for (const cell of cells) {
			const left = cell.col - col < cols / 2;
			expect(cell.fg, `cell ${cell.row},${cell.col}`).toBe(left ? 0xFF_00_00 : 0x00_00_FF);
			expect(cell.bg, `cell ${cell.row},${cell.col}`).toBe(left ? 0xFF_00_00 : 0x00_00_FF);
		}

		// Below the title, at the slide's left edge.
		expect(row).toBeGreaterThan(0);
		expect(col).toBeGreaterThan(0);
	});

	test('sixel in xterm -ti vt340: the picture where the slide puts it, still there after two ticks of the clock', async () => {
		const {row, col} = await halfBlockCells();
		const display = `:${90 + (process.pid % 100)}`;
		const children: ChildProcess[] = [];
		try {
			const xvfb = spawn('Xvfb', [display, '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], {stdio: 'ignore'});
			children.push(xvfb);
			const shot = (): PNG => PNG.sync.read(execFileSync('import', ['-display', display, '-window', 'root', 'png:-'], {maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore']}));
			await waitUntil(() => {
				try {
					shot();
					return true;
				} catch {
					return false;
				}
			}, 'Xvfb to take screenshots', {timeout: 10_000});

			// --rehearse starts the clock at once; the terminal is asked, not told, how to draw.
			const command = `exec ${JSON.stringify(process.execPath)} ${JSON.stringify(cliPath)} ${JSON.stringify(deck)} --slide 2 --rehearse`;
			const xterm = spawn('xterm', [
				'-ti', 'vt340',
				'-xrm', 'XTerm*decTerminalID: vt340',
				'-xrm', 'XTerm*numColorRegisters: 256',
				'-xrm', 'XTerm*borderWidth: 0',
				'-b', '0',
				'-geometry', `${COLS}x${ROWS}+0+0`,
				'-fa', 'Monospace', '-fs', '10',
				'-e', 'sh', '-c', command,
			], {stdio: 'ignore', cwd: work, env: {...appEnv({FORCE_COLOR: undefined}), DISPLAY: display, TERM: 'xterm'}});
			children.push(xterm);

			type Box = {left: number; top: number; right: number; bottom: number};
			const boxOf = (png: PNG, color: readonly [number, number, number], height = png.height): Box | undefined => {
				let box: Box | undefined;
				for (let y = 0; y < height; y++) {
					for (let x = 0; x < png.width; x++) {
						const index = ((y * png.width) + x) * 4;
						if (png.data[index] === color[0] && png.data[index + 1] === color[1] && png.data[index + 2] === color[2]) {
							box = box ? {left: Math.min(box.left, x), top: Math.min(box.top, y), right: Math.max(box.right, x), bottom: Math.max(box.bottom, y)} : {left: x, top: y, right: x, bottom: y};
						}
					}
				}

				return box;
			};

			// The terminal's window: xterm's white background on the black root window.
			const windowOf = (png: PNG): Box | undefined => boxOf(png, [255, 255, 255]);
			// Above the footer, whose rehearsal mark is red too.
			const picture = (png: PNG) => {
				const window = windowOf(png);
				const height = window ? Math.round(window.top + ((window.bottom - window.top + 1) * (ROWS - 3) / ROWS)) : png.height;
				return {red: boxOf(png, RED, height), blue: boxOf(png, BLUE, height)};
			};

			let png = shot();
			await waitUntil(() => {
				png = shot();
				const {red, blue} = picture(png);
				return red !== undefined && blue !== undefined;
			}, 'the picture\'s colours on screen', {timeout: 15_000}).catch((error: unknown) => {
				fs.writeFileSync(path.join(os.tmpdir(), 'briefing-deck-images-xterm.png'), PNG.sync.write(png));
				throw error;
			});

			const check = (screen: PNG) => {
				const {red, blue} = picture(screen);
				const window = windowOf(screen)!;
				expect(red && blue).toBeTruthy();
				// Two solid halves side by side, the same height.
				expect(red!.right + 1).toBe(blue!.left);
				expect(red!.top).toBe(blue!.top);
				expect(red!.bottom).toBe(blue!.bottom);
				const redArea = (red!.right - red!.left + 1) * (red!.bottom - red!.top + 1);
				// Solid: the box is all red (no rows wiped by a redraw).
				let redPixels = 0;
				for (let y = red!.top; y <= red!.bottom; y++) {
					for (let x = red!.left; x <= red!.right; x++) {
						const index = ((y * screen.width) + x) * 4;
						redPixels += screen.data[index] === 255 && screen.data[index + 1] === 0 && screen.data[index + 2] === 0 ? 1 : 0;
					}
				}

				expect(redPixels / redArea).toBeGreaterThan(0.99);
				// Where the slide puts it: its top-left corner at the cell the half blocks start at.
				const cellWidth = (window.right - window.left + 1) / COLS;
				const cellHeight = (window.bottom - window.top + 1) / ROWS;
				expect(Math.abs(red!.left - (window.left + (col * cellWidth)))).toBeLessThanOrEqual(cellWidth / 2);
				expect(Math.abs(red!.top - (window.top + (row * cellHeight)))).toBeLessThanOrEqual(cellHeight / 2);
			};

			check(png);

			// The footer's rows at the bottom: the clock changes them every second. Two changes are two ticks.
			const window = windowOf(png)!;
			const footerRow = (screen: PNG): string => {
				const cellHeight = (window.bottom - window.top + 1) / ROWS;
				const top = Math.round(window.top + ((ROWS - 3) * cellHeight));
				const start = top * screen.width * 4;
				return Buffer.from(screen.data.subarray(start, start + (Math.round(3 * cellHeight) * screen.width * 4))).toString('base64');
			};

			let footer = footerRow(png);
			let ticks = 0;
			await waitUntil(() => {
				png = shot();
				const now = footerRow(png);
				if (now !== footer) {
					ticks++;
					footer = now;
				}

				return ticks >= 2;
			}, 'the clock to tick twice', {timeout: 15_000});
			check(png);
		} finally {
			for (const child of children.reverse()) {
				child.kill();
			}
		}
	}, 60_000);
});
