// Renders card JSON files to PNG with Microsoft's Adaptive Cards renderer in headless Debian Chromium.
// Usage: node render-cards.mjs <card-folder> <png-folder> [--report <file.json>] [--time-zone <IANA id>] [--locale <tag>]
// Writes <png-folder>/<kind>.png for every <kind>.json; --report also writes what each card shows as text.
// The cards' DATE()/TIME() moments show in the reader's zone and locale: the page reads as one in --time-zone
// (Europe/Brussels unless told) and --locale (en-GB), whatever this machine's clock says, so the PNGs stay the same.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { bundlePath } from './adaptive-cards.mjs';

const here = dirname(fileURLToPath(import.meta.url));
let [inputFolder, outputFolder, ...rest] = process.argv.slice(2);
const options = { '--report': undefined, '--time-zone': 'Europe/Brussels', '--locale': 'en-GB' };
for (let i = 0; i < rest.length; i += 2) {
  if (!(rest[i] in options) || rest[i + 1] === undefined) inputFolder = undefined;
  else options[rest[i]] = rest[i + 1];
}
if (!inputFolder || !outputFolder) {
  console.error('usage: node render-cards.mjs <card-folder> <png-folder> [--report <file.json>] [--time-zone <IANA id>] [--locale <tag>]');
  process.exit(2);
}
const reportFile = options['--report'];
const hostConfig = JSON.parse(readFileSync(join(here, 'teams-host-config.json'), 'utf8'));
const stylesheet = readFileSync(join(dirname(bundlePath), '..', 'lib', 'adaptivecards.css'), 'utf8');
// Teams' frame, buttons and inputs; the renderer's own stylesheet leaves them unstyled.
const teamsLook = `
  body { margin: 0; background: #EBEBEB; font-family: "Segoe UI", "Liberation Sans", "DejaVu Sans", sans-serif; }
  #frame { width: 560px; padding: 16px; background: #EBEBEB; }
  #card { border-radius: 6px; overflow: hidden; box-shadow: 0 1px 3px rgba(0,0,0,.15); background: #fff; }
  #card p { margin: 0; }
  .ac-pushButton { font-family: inherit; font-size: 14px; font-weight: 600; padding: 5px 12px; min-height: 32px; border-radius: 4px;
    border: 1px solid #D1D1D1; background: #FFFFFF; color: #242424; cursor: pointer; white-space: normal; }
  #card .ac-pushButton.style-positive { background: #5B5FC7; border-color: #5B5FC7; color: #FFFFFF; }
  #card .ac-pushButton.style-destructive { background: #FFFFFF; color: #C4314B; border-color: #C4314B; }
  .ac-input { font-family: inherit; font-size: 14px; }
  .ac-input input, .ac-input textarea, .ac-input select, .ac-textInput, .ac-multichoiceInput, .ac-dateInput { border: 1px solid #D1D1D1; border-radius: 4px; padding: 5px 8px; font-family: inherit; font-size: 14px; }
  .ac-textInput.ac-multiline { min-height: 80px; }
`;
const files = readdirSync(inputFolder).filter((f) => f.endsWith('.json')).sort();
mkdirSync(outputFolder, { recursive: true });

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const report = [];
try {
  const page = await browser.newPage({
    viewport: { width: 640, height: 800 }, deviceScaleFactor: 1.5, timezoneId: options['--time-zone'], locale: options['--locale'],
  });
  await page.setContent(`<!doctype html><html><head><style>${stylesheet}${teamsLook}</style></head>
    <body><div id="frame"><div id="card"></div></div></body></html>`);
  await page.addScriptTag({ path: bundlePath });
  await page.evaluate(installMarkdown);
  for (const file of files) {
    const kind = basename(file, '.json');
    const card = JSON.parse(readFileSync(join(inputFolder, file), 'utf8'));
    const text = await page.evaluate(renderCard, { card, hostConfig });
    await page.locator('#frame').screenshot({ path: join(outputFolder, `${kind}.png`) });
    report.push({ kind, text });
    console.log(`${kind}.png`);
  }
} finally {
  await browser.close();
}
if (reportFile) writeFileSync(reportFile, JSON.stringify(report, null, 2));

/** Runs in the page: renders one card into #card and returns the text it shows. */
function renderCard({ card, hostConfig }) {
  const adaptiveCard = new AdaptiveCards.AdaptiveCard();
  adaptiveCard.hostConfig = new AdaptiveCards.HostConfig(hostConfig);
  adaptiveCard.parse(card, new AdaptiveCards.SerializationContext());
  const target = document.getElementById('card');
  target.replaceChildren(adaptiveCard.render());
  return target.innerText;
}

/**
 * Runs in the page: the renderer leaves markdown to the host. Teams handles backslash escapes, **bold** and _italic_;
 * so does this, escaping HTML first, so the PNGs show what Teams shows.
 */

function installMarkdown() {
  const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
    const escaped = [];
    let html = text.replace(/\\([!-/:-@[-`{-~])/g, (_, c) => `\u0000${escaped.push(c) - 1}\u0000`);
    html = escapeHtml(html)
      .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
      .replace(/(^|\W)_(.+?)_(?=\W|$)/g, '$1<em>$2</em>')
      .replace(/\n/g, '<br>');
    html = html.replace(/\u0000(\d+)\u0000/g, (_, i) => escapeHtml(escaped[Number(i)]));
    result.outputHtml = `<p>${html}</p>`;
    result.didProcess = true;
  };
}
