#!/usr/bin/env node
// The command, bundled by scripts/bundle-cli.mjs (`npm run build`): Node reads a few files instead of ~1,500.
import { main } from '../dist/bundle/colophon.js';

process.exitCode = await main(process.argv.slice(2));
