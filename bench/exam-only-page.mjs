// Writes bench/exam-only/index.html from the app's index.html (scripts/bench.sh runs it before
// building the exam-only bound), so the bound loads exactly as the app does: the same
// Content-Security-Policy, start-up script, stylesheet and banks. Only the wasm differs (the
// exam-only crate), and the teachers' worker module, which no first load requests, is left out.
import { readFileSync, writeFileSync } from 'node:fs';

const app = readFileSync('index.html', 'utf8');
const replaced = (html, from, to) => {
  if (!html.includes(from)) throw new Error(`exam-only-page.mjs: index.html no longer has ${from}`);
  return html.replaceAll(from, to);
};
// The first module's link becomes the bound's, and the whole app, which the first module loads
// behind it, is left out (the start-up script asks for its files once the first module's wasm has
// arrived, which on this page never does).
let html = replaced(app, 'href="crates/first-question/Cargo.toml" data-bin="first-question"', 'data-bin="exam-only"');
html = html.replace(/^\s*<link data-trunk rel="rust" data-bin="exam-practice"[^\n]*\n/m, '');
html = html.replace(/^\s*<link data-trunk rel="rust" data-bin="teacher-tools"[^\n]*\n/m, '');
html = replaced(html, 'href="styles/', 'href="../../styles/');
html = replaced(html, 'href="questions"', 'href="../../questions"');
writeFileSync('bench/exam-only/index.html', html);
