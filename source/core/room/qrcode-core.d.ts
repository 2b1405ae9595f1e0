/*
The qrcode package's encoder alone, without its PNG, SVG and terminal
renderers (and pngjs with them): the room screen draws the modules itself.
Its types are the package's own.
*/
declare module 'qrcode/lib/core/qrcode.js' {
	export {create} from 'qrcode';
}
