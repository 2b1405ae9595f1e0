/**
The published `briefing-deck` command (dist/cli.js): starts the bundled CLI,
dist/app.cjs, through the code cache. The build fills in `BUNDLE_ID`.
*/
import {fileURLToPath} from 'node:url';
import {startBundle} from './start-bundle.js';

declare const BUNDLE_ID: string;

startBundle(fileURLToPath(new URL('app.cjs', import.meta.url)), BUNDLE_ID);
