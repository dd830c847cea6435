// Renders resources/build/icon.svg to the PNG sizes the installers need, with Debian's Chromium:
// resources/build/icon.png (1024, from which electron-builder makes .icns and .ico) and
// resources/build/icons/<size>x<size>.png for Linux. Run after changing the SVG.
import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';

const svg = readFileSync('resources/build/icon.svg', 'utf8');
const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const browser = await chromium.launch({ executablePath: process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const size of sizes) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  writeFileSync(`resources/build/icons/${size}x${size}.png`, png);
  if (size === 1024) writeFileSync('resources/build/icon.png', png);
}
await browser.close();
