/*
The part of `ws` (8.x) this project uses, the room server's and its tests':
its own types are a separate package, and these few lines say all that is
called. Checked against ws 8.23.0's README and lib/websocket*.js.
*/
declare module 'ws' {
	import type {EventEmitter} from 'node:events';
	import type {ClientRequest, IncomingMessage, OutgoingHttpHeaders} from 'node:http';
	import type {Duplex} from 'node:stream';

	export type RawData = Buffer | ArrayBuffer | Buffer[];

	export class WebSocket extends EventEmitter {
		static readonly OPEN: 1;
		constructor(url: string, options?: {localAddress?: string; origin?: string; headers?: OutgoingHttpHeaders; maxPayload?: number; handshakeTimeout?: number});
		readonly readyState: 0 | 1 | 2 | 3;
		/** Bytes queued to send, not yet handed to the socket. */
		readonly bufferedAmount: number;
		send(data: string | Buffer, callback?: (error?: Error) => void): void;
		ping(): void;
		close(code?: number, reason?: string): void;
		terminate(): void;
		on(event: 'message', listener: (data: RawData, isBinary: boolean) => void): this;
		on(event: 'close', listener: (code: number, reason: Buffer) => void): this;
		on(event: 'error', listener: (error: Error) => void): this;
		on(event: 'open' | 'pong', listener: () => void): this;
		on(event: 'unexpected-response', listener: (request: ClientRequest, response: IncomingMessage) => void): this;
		once(event: 'open', listener: () => void): this;
		once(event: 'close', listener: (code: number, reason: Buffer) => void): this;
		once(event: 'error', listener: (error: Error) => void): this;
		once(event: 'unexpected-response', listener: (request: ClientRequest, response: IncomingMessage) => void): this;
	}

	export class WebSocketServer extends EventEmitter {
		constructor(options: {noServer: true; maxPayload?: number; perMessageDeflate?: boolean; clientTracking?: boolean; skipUTF8Validation?: boolean});
		handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer, callback: (socket: WebSocket, request: IncomingMessage) => void): void;
		close(callback?: () => void): void;
	}
}
