#!/usr/bin/env node
// Runs the CLI from source; the published package runs dist/cli.js (see scripts/build.js).
import {main} from './source/cli/main.js';

await main();
