#!/usr/bin/env node
// The command line; built into dist/ by `npm run build` (run by `npm install` in a clone).
require('../dist/cli.js').main();
