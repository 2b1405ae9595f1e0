/**
The QR encoder: the qrcode package's, without its renderers. Imported only
with `await import()` where the room is served, so a run that serves nothing
never evaluates it.
*/
import {create} from 'qrcode/lib/core/qrcode.js';
import type {QrEncoder} from './qr-code.js';

export const encodeQr: QrEncoder = (text, level) => {
	const {modules, version} = create(text, {errorCorrectionLevel: level});
	const {size, data} = modules;
	return {size, level, version, dark: (x, y) => x >= 0 && y >= 0 && x < size && y < size && data[(y * size) + x] === 1};
};
