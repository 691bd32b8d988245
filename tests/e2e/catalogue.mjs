// The interface's messages for the end-to-end tests: a language's compiled catalogue as the build
// wrote it (dist/locales/<tag>.json), formatted as the app formats it (scripts/catalogue-format.mjs), so tests find elements by the names a candidate reading
// that language sees, never by English written into the test.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatter } from '../../scripts/catalogue-format.mjs';

/** The messages of language `tag` in the built `dist`. */
export async function catalogue(dist, tag) {
  const { messages } = JSON.parse(await readFile(join(dist, 'locales', `${tag}.json`), 'utf8'));
  const t = formatter(messages, tag);
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
