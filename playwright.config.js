// Browser tests against the built site (dist/), served on 127.0.0.1 by nginx with the
// production configuration (scripts/serve-nginx.mjs, deploy/nginx/; the Node server
// scripts/serve-dist.mjs only where nginx is not installed, and it says so).
// Uses Debian's Chromium; Playwright never downloads a browser here.
import { defineConfig } from '@playwright/test';
import { CHROMIUM, CHROME_FLAGS } from './scripts/lib/browser.mjs';

const PORT = Number(process.env.E2E_PORT || 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath: CHROMIUM, args: CHROME_FLAGS },
  },
  // Each check runs once. "phone" runs every test except the desktop-only ones; "desktop"
  // runs only what depends on the viewport: tests tagged @desktop (the routes with axe, the
  // main navigation, the keyboard's first stops) and @desktop-only (a walk through every
  // kind of page and state with axe at 1280 px), plus, from tests/e2e/prerender.spec.js,
  // the takeover without a jump (matched by its title).
  projects: [
    {
      name: 'phone',
      use: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true },
      grepInvert: /@desktop-only/,
    },
    {
      name: 'desktop',
      use: { viewport: { width: 1280, height: 800 } },
      grep: [/@desktop/, /the app takes over in place/],
    },
  ],
  webServer: {
    command: `node scripts/serve-nginx.mjs --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
    // SIGTERM, so scripts/serve-nginx.mjs stops nginx and removes its temporary prefix.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
  },
});
