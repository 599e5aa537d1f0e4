// A tiny static server for dist/ on 127.0.0.1. A folder gets its index.html (the
// pre-rendered pages); any other path without a file extension gets the app shell app.html,
// so deep links (/find-hjaelp/...) load and unknown addresses get the app's own 404 page.
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
