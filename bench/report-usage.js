/*
Loaded with `node --import` into a benchmarked command: as the process exits,
it writes its peak resident set size (kB) to the file BENCH_USAGE_FILE names.
*/
import {writeFileSync} from 'node:fs';

process.on('exit', () => {
	if (process.env.BENCH_USAGE_FILE) {
		writeFileSync(process.env.BENCH_USAGE_FILE, String(process.resourceUsage().maxRSS));
	}
});
