#!/usr/bin/env node
// The language server over stdio (`--stdio`) or Node IPC (`--node-ipc`), for any LSP client.
require('../dist/server.js');
