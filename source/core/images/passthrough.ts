/**
An escape sequence wrapped for tmux to hand on to the terminal outside it
(`allow-passthrough on`): `ESC P tmux ; … ESC \`, every ESC inside doubled.
tmux itself would otherwise swallow a graphics sequence it does not know.
*/
export function tmuxPassthrough(sequence: string): string {
	return `\u001BPtmux;${sequence.replaceAll('\u001B', '\u001B\u001B')}\u001B\\`;
}
