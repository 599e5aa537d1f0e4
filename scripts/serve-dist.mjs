// A tiny static server for dist/ on 127.0.0.1 with SPA fallback: a path without a file
// extension that is not a file gets index.html, so deep links (/ydelser/...) load.
// Used by `scripts/run.sh` and by the browser tests. No dependencies (see lib/serve.mjs).
//   node scripts/serve-dist.mjs [--port 8080] [--dir dist]
import { serve } from './lib/serve.mjs';

const args = process.argv.slice(2);
const arg = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const port = Number(arg('--port', process.env.PORT || 8080));
const dir = arg('--dir', 'dist');

const { url } = await serve({ roots: [dir], port });
console.log(`serving ${dir} on ${url}`);
