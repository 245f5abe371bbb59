#!/usr/bin/env node
// Writes the app's API types (src/api/schema.d.ts) and the server's field
// limits (src/api/limits.ts) from docs/api/openapi.yaml. With --check it
// writes nothing and fails when either file differs from what the document
// gives, so a change to the API cannot leave the app's types behind.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { limitsSource } from './limits.mjs';
import { typesSource } from './types.mjs';

const web = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const documentPath = path.resolve(web, '..', 'docs', 'api', 'openapi.yaml');
const document = yaml.load(readFileSync(documentPath, 'utf8'));

const outputs = [
  [path.join(web, 'src', 'api', 'schema.d.ts'), await typesSource(document)],
  [path.join(web, 'src', 'api', 'limits.ts'), limitsSource(document)],
];

const check = process.argv.includes('--check');
const stale = [];
for (const [file, text] of outputs) {
  let current = null;
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // Missing: as stale as a changed file.
  }
  if (current === text) continue;
  if (check) stale.push(path.relative(web, file));
  else writeFileSync(file, text);
}
if (stale.length > 0) {
  console.error(`${stale.join(' and ')} differ from what docs/api/openapi.yaml gives: run \`npm run api:generate\` in web/ and commit the result.`);
  process.exit(1);
}
console.log(check ? 'The API types and limits match docs/api/openapi.yaml.' : 'Wrote src/api/schema.d.ts and src/api/limits.ts.');
