// Debian's Chromium, headless, as the browser tests use it; Playwright never downloads one.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROME_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export const launch = () => chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS });
