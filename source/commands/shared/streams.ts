/** What a command reads and writes: the process's streams and environment, handed in so tests can give their own. */
export type Streams = {
	readonly stdin: NodeJS.ReadStream;
	readonly stdout: NodeJS.WriteStream;
	readonly stderr: NodeJS.WriteStream;
	readonly env: Readonly<Record<string, string | undefined>>;
};

/** Where a full-screen app reads keys and draws: a terminal, which is not always standard input and output. */
export type ScreenStreams = Pick<Streams, 'stdin' | 'stdout'>;

/** What a command that only prints comes to: its text and its exit code. */
export type CommandOutput = {
	readonly stdout: string;
	readonly exitCode: number;
};
