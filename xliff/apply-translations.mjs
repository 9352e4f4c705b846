// Fills xliff/id.xlf <target>s from xliff/id-translations.json and xliff/id-translations.<area>.json
// (one file per area of the page, so parallel work does not collide), where {0}, {1}, … stand for
// the placeholders of the English source, in order. Run after `lit-localize extract`, before `build`:
//   node xliff/apply-translations.mjs
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const dir = new URL('./', import.meta.url);
const file = new URL('./id.xlf', import.meta.url);
const translations = {};
for (const name of readdirSync(dir).filter((n) => /^id-translations(\.[\w-]+)?\.json$/.test(n)).sort()) {
  for (const [id, text] of Object.entries(JSON.parse(readFileSync(new URL(name, dir), 'utf8')))) {
    if (id in translations) throw new Error(`${name}: ${id} is translated twice`);
    translations[id] = text;
  }
}
// lit-localize copies a string message's XML text as it stands (an &amp; would reach the page as
// "&amp;"), so translations must not contain &, < or >.
const escape = (s) => {
  if (/[&<>]/.test(s)) throw new Error(`translations may not contain &, < or >: ${s}`);
  return s;
};
let missing = 0;
const xml = readFileSync(file, 'utf8').replace(/<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>(\s*<target>[\s\S]*?<\/target>)?/g, (all, id, source) => {
  const text = translations[id];
  if (text === undefined) {
    missing++;
    console.warn(`no Indonesian for ${id}`);
    return all;
  }
  const placeholders = source.match(/<x [^>]*\/>/g) ?? [];
  const target = escape(text).replace(/\{(\d+)\}/g, (_, n) => {
    // A {n} with no placeholder behind it would reach the page as literal text.
    if (placeholders[Number(n)] === undefined) throw new Error(`${id}: {${n}} but the English source has ${placeholders.length} placeholder(s)`);
    return placeholders[Number(n)];
  });
  return `<trans-unit id="${id}">\n  <source>${source}</source>\n  <target>${target}</target>`;
});
writeFileSync(file, xml);
if (missing) process.exitCode = 1;
