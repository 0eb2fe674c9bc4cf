// Checks card JSON files with Microsoft's Adaptive Cards renderer.
// Usage: node check-cards.mjs <file-or-folder>... [--json]
// For each card: the declared version, parse/validation errors and warnings, and its size in bytes.
// Exits 1 when a card has an error or a warning, declares a version above 1.5, or is over the size limit.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { compareVersions, maxVersion, validateCard } from './adaptive-cards.mjs';

const maxBytes = 28 * 1024; // Teams refuses larger messages

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const files = args.filter((a) => a !== '--json').flatMap((p) =>
  statSync(p).isDirectory()
    ? readdirSync(p).filter((f) => f.endsWith('.json')).sort().map((f) => join(p, f))
    : [p]);
if (files.length === 0) {
  console.error('usage: node check-cards.mjs <file-or-folder>... [--json]');
  process.exit(2);
}

const results = files.map((file) => {
  const text = readFileSync(file, 'utf8');
  const bytes = Buffer.byteLength(text, 'utf8');
  let result;
  try {
    result = validateCard(JSON.parse(text));
  } catch (error) {
    result = { version: null, errors: [`Unreadable: ${error.message}`], warnings: [] };
  }
  if (result.version && compareVersions(result.version, maxVersion) > 0) result.errors.push(`Version ${result.version} is above ${maxVersion}`);
  if (bytes > maxBytes) result.errors.push(`Size ${bytes} bytes is over the ${maxBytes} byte limit`);
  return { file: basename(file), bytes, ...result };
});

if (asJson) {
  console.log(JSON.stringify(results, null, 2));
} else {
  for (const r of results) {
    console.log(`${r.file}: version ${r.version}, ${r.bytes} bytes, ${r.errors.length} errors, ${r.warnings.length} warnings`);
    for (const e of r.errors) console.log(`  error: ${e}`);
    for (const w of r.warnings) console.log(`  warning: ${w}`);
  }
}
process.exit(results.some((r) => r.errors.length > 0 || r.warnings.length > 0) ? 1 : 0);
