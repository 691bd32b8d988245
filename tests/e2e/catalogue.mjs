// The interface's messages for the end-to-end tests: a language's compiled catalogue as the build
// wrote it (dist/locales/<tag>.json), formatted as the app formats it (crates/catalogue,
// format.rs) with the browser's Intl, so tests find elements by the names a candidate reading
// that language sees, never by English written into the test.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The messages of language `tag` in the built `dist`. */
export async function catalogue(dist, tag) {
  const { messages } = JSON.parse(await readFile(join(dist, 'locales', `${tag}.json`), 'utf8'));
  const plurals = new Intl.PluralRules(tag);
  const numbers = new Intl.NumberFormat(tag);
  const isolate = ['ar', 'he', 'fa', 'ur'].includes(tag.split('-')[0]);
  const write = (pattern, args) => pattern.map((part) => {
    if (typeof part === 'string') return part;
    if ('var' in part) {
      const value = args[part.var];
      if (value === undefined) return `{$${part.var}}`;
      if (typeof value === 'number') return numbers.format(value);
      return isolate ? `\u2068${value}\u2069` : value;
    }
    const value = args[part.select];
    const category = typeof value === 'number' ? plurals.select(value) : null;
    const chosen = part.cases.find(({ key }) => (typeof key === 'number' ? key === value
      : typeof value === 'number' ? key === category : key === value));
    return write(chosen ? chosen.value : part.other, args);
  }).join('');
  const t = (id, args = {}) => {
    const pattern = messages[id];
    if (!pattern) throw new Error(`no message ${id} in ${tag}`);
    return write(pattern, args);
  };
  /** The literal words of every message (variables left out), for finding text of another language. */
  const words = (id) => {
    const out = [];
    const walk = (pattern) => pattern.forEach((part) => {
      if (typeof part === 'string') out.push(part);
      else if ('select' in part) { part.cases.forEach((c) => walk(c.value)); walk(part.other); }
    });
    walk(messages[id] ?? []);
    return out;
  };
  return { tag, t, words, ids: Object.keys(messages) };
}
