// Takes a full-page screenshot of the served site, to look at what we build.
// Usage: node scripts/screenshot.mjs <path> <width> <out.png> [scrollY]
// (site on 127.0.0.1:$PORT, default 8080). With scrollY: one screen from there, else the full page.
import { chromium } from 'playwright-core';

const [path = '/', width = '360', out = 'screenshot.png', scrollY] = process.argv.slice(2);
const base = `http://127.0.0.1:${process.env.PORT || 8080}`;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: 740 } });
page.on('response', (r) => { if (r.status() >= 400) console.log('HTTP', r.status(), r.url()); });
page.on('pageerror', (e) => console.log('page error:', String(e)));
await page.goto(base + path);
await page.waitForSelector('h1');
await page.waitForTimeout(300);
if (scrollY !== undefined) {
  await page.evaluate((y) => window.scrollTo(0, Number(y)), scrollY);
  await page.screenshot({ path: out });
} else {
  await page.screenshot({ path: out, fullPage: true });
}
await browser.close();
