// Bundles the `colophon` command into dist/bundle/ (a small entry and chunks loaded when a command runs).
// Node spends about a second resolving and reading the pipeline's ~1,500 module files at every start;
// the bundle is read in about half that. The library (dist/index.js) stays unbundled.
import { rm } from 'node:fs/promises';
import { build } from 'esbuild';

// Chunks are named by content hash: without a clean folder every build would leave the last build's beside them
// (120 MB after a day of work), and `npm pack` would ship them.
await rm('dist/bundle', { recursive: true, force: true });
await build({
  // The stage workers' thread entry sits beside the chunks, where `StageWorkers` looks for it.
  entryPoints: { colophon: 'src/cli/main.ts', 'stage-worker': 'src/offload/stage-worker.ts' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // CommonJS packages inside an ES module bundle still call require() for Node's built-ins.
  banner: { js: "import { createRequire as __colophonCreateRequire } from 'node:module'; const require = __colophonCreateRequire(import.meta.url);" },
  // Read from node_modules as a file (axe's browser bundle), never imported; resvg loads a native addon (the cover).
  external: ['axe-core', '@resvg/resvg-js'],
  logLevel: 'warning',
});
