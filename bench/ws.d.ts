/* The little of `ws` that bench/phones.ts uses (its own types are not installed: it runs only in the bench). */
declare module 'ws' {
	import type {EventEmitter} from 'node:events';
	import type {IncomingMessage, Server} from 'node:http';

	type Data = Buffer | ArrayBuffer | Buffer[];

	export class WebSocket extends EventEmitter {
		constructor(url: string, options?: {localAddress?: string});
		send(data: string): void;
		terminate(): void;
		on(event: 'message', listener: (data: Data) => void): this;
		on(event: 'close', listener: () => void): this;
		on(event: string, listener: (...args: unknown[]) => void): this;
	}

	export class WebSocketServer extends EventEmitter {
		constructor(options: {server: Server; maxPayload?: number});
		on(event: 'connection', listener: (socket: WebSocket, request: IncomingMessage) => void): this;
	}
}
