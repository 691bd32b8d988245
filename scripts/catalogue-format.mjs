// Writes a message of a compiled catalogue (locales/<tag>.json, as crates/catalogue compiles it)
// the way the app does (crates/catalogue/src/format.rs), with Intl for plurals and numbers: for
// the build's prerendered start page and for the end-to-end tests, so neither writes the
// interface's words by hand.

/** The messages of a compiled catalogue, written in language `tag`. */
export function formatter(messages, tag) {
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
  return (id, args = {}) => {
    const pattern = messages[id];
    if (!pattern) throw new Error(`no message ${id} in ${tag}`);
    return write(pattern, args);
  };
}
