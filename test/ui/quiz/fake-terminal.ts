import {EventEmitter} from 'node:events';

/** Just enough of a terminal for Ink: it records what is written and takes keys. */
export class FakeOutput extends EventEmitter {
	readonly isTTY = true;
	readonly columns = 100;
	readonly rows = 40;
	written = '';
	write = (data: string): boolean => {
		this.written += data;
		return true;
	};
}

export class FakeInput extends EventEmitter {
	readonly isTTY = true;
	private chunk: string | null = null;
	setRawMode = (): void => {};
	setEncoding = (): void => {};
	ref = (): void => {};
	unref = (): void => {};
	resume = (): void => {};
	pause = (): void => {};
	read = (): string | null => {
		const chunk = this.chunk;
		this.chunk = null;
		return chunk;
	};

	type(data: string): void {
		this.chunk = data;
		this.emit('readable');
	}
}
