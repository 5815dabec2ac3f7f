// Runs Mozilla Readability on pages and prints {"<id>": {"text": ..., "ms": ...}} as JSON on stdout.
// Usage: node run.js PAGES.json   where PAGES.json is [{"id", "url", "path"}] and each path is a .html.gz page.
// Decoding matches FeedHub's: a BOM or <meta charset> in the first 8 KB, else UTF-8 (jsdom alone would fall back
// to Windows-1252 for undeclared pages, which is not what the pages are).
'use strict';
const fs = require('fs');
const zlib = require('zlib');
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');

const pages = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const virtualConsole = new VirtualConsole(); // swallow the pages' CSS and script errors
const result = {};
for (const page of pages) {
  const bytes = zlib.gunzipSync(fs.readFileSync(page.path));
  const head = bytes.subarray(0, 8192).toString('latin1');
  const declared = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  const started = process.hrtime.bigint();
  let text = '';
  try {
    const html = declared ? bytes : new TextDecoder('utf-8').decode(bytes);
    const dom = new JSDOM(html, { url: page.url, virtualConsole });
    const article = new Readability(dom.window.document).parse();
    text = article && article.textContent ? article.textContent : '';
    dom.window.close();
  } catch (error) {
    text = '';
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  result[page.id] = { text, ms };
}
process.stdout.write(JSON.stringify(result));
