import {describe, expect, it} from 'vitest';
import {fittingQr, QUIET_ZONE, qrChoices, qrHalfBlocks} from '../../source/core/room/qr-code.js';
import {encodeQr} from '../../source/core/room/qr-encoder.js';
import {cellsToImage, readQr} from '../helpers/read-qr.js';

const url = 'http://192.168.1.20:8123/j/Xq7vK2mPz9RtWb4N';

describe('a QR code in half blocks', () => {
	it('is one column and half a row per module, with a light quiet zone of four modules all round', () => {
		const symbol = encodeQr(url, 'M');
		const {rows, width} = qrHalfBlocks(symbol);
		expect(width).toBe(symbol.size + (2 * QUIET_ZONE));
		expect(rows).toHaveLength(Math.ceil(width / 2));
		expect(rows.every(row => [...row].length === width && /^[▀▄█ ]+$/.test(row))).toBe(true);
		// Four light modules: two full rows at the top, two columns of full blocks at each side.
		expect(rows.slice(0, 2).every(row => row === '█'.repeat(width))).toBe(true);
		expect(rows.every(row => row.startsWith('████') && row.endsWith('████'))).toBe(true);
	});

	it('decodes to its text at both levels, an odd side\'s last half row included', () => {
		for (const level of ['M', 'L'] as const) {
			const cells = qrHalfBlocks(encodeQr(url, level));
			expect(cells.level).toBe(level);
			expect(readQr(cells.rows.join('\n'))).toBe(url);
		}
	});

	it('the finder pattern\'s corner is dark: dark modules are the spaces', () => {
		const {rows} = qrHalfBlocks(encodeQr(url, 'M'));
		// Modules (4, 4) and (4, 5), the top-left finder's outer ring, are dark: a space; the one inside the ring, light below dark.
		expect([...rows[2]!][QUIET_ZONE]).toBe(' ');
		expect([...rows[2]!][QUIET_ZONE + 1]).toBe('▄');
		const image = cellsToImage(rows);
		expect(image.data[0]).toBe(255);
	});

	it('takes error correction M where it fits, L where only that fits, none where neither does', () => {
		const m = qrHalfBlocks(encodeQr(url, 'M'));
		const l = qrHalfBlocks(encodeQr(url, 'L'));
		expect(fittingQr(qrChoices(encodeQr, url), 200, 100)?.level).toBe('M');
		const long = `${url}/and/a/longer/path/to/make/it/so`;
		const longM = qrHalfBlocks(encodeQr(long, 'M'));
		const longL = qrHalfBlocks(encodeQr(long, 'L'));
		expect(longL.width).toBeLessThan(longM.width);
		expect(fittingQr(qrChoices(encodeQr, long), longL.width, longL.rows.length)?.level).toBe('L');
		expect(fittingQr(qrChoices(encodeQr, url), Math.min(m.width, l.width) - 1, 100)).toBeUndefined();
		expect(fittingQr(qrChoices(encodeQr, url), 200, Math.min(m.rows.length, l.rows.length) - 1)).toBeUndefined();
	});
});
