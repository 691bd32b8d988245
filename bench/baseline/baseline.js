// The benchmark's baseline: a minimal hand-written page doing the app's first job, and nothing
// else. It fetches the bank (?bank=…), decodes and parses it, runs the same checks as the app's
// validator, renders the first question with its choices and a navigator, and says "Good job!"
// (or "Incorrect") on a click. It sets the same performance mark as the app.
const ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The app validator's checks, in plain JS; returns the problems found. */
export function validate(bank) {
  const problems = [];
  const need = (ok, message) => { if (!ok) problems.push(message); };
  need(bank && typeof bank === 'object', 'the bank is not an object');
  if (problems.length) return problems;
  const known = new Set(['$schema', 'format', 'id', 'title', 'description', 'topics',
    'default_question_count', 'default_time_limit_minutes', 'pass_mark_percent', 'shuffle',
    'facts_checked', 'report_url', 'topic_weights', 'questions']);
  for (const key of Object.keys(bank)) need(known.has(key), `${key} is not a field`);
  need(bank.format === 1, 'format must be 1');
  need(typeof bank.id === 'string' && ID.test(bank.id), 'id is not valid');
  need(typeof bank.title === 'string' && bank.title.trim() !== '', 'title is missing');
  need(typeof bank.description === 'string' && bank.description.trim() !== '', 'description is missing');
  need(Array.isArray(bank.topics) && bank.topics.length > 0, 'topics is missing');
  const topics = new Set(bank.topics ?? []);
  need(topics.size === (bank.topics ?? []).length, 'a topic is listed twice');
  const pass = bank.pass_mark_percent ?? 70;
  need(Number.isInteger(pass) && pass >= 0 && pass <= 100, 'pass_mark_percent is outside 0–100');
  need(Array.isArray(bank.questions) && bank.questions.length > 0, 'questions is missing');
  const questionFields = new Set(['id', 'topic', 'prompt', 'choices', 'answer', 'explanation', 'references', 'level']);
  const ids = new Set();
  for (const [i, q] of (bank.questions ?? []).entries()) {
    const at = `question #${i + 1}`;
    for (const key of Object.keys(q)) need(questionFields.has(key), `${at}: ${key} is not a field`);
    need(typeof q.id === 'string' && ID.test(q.id), `${at}: id is not valid`);
    need(!ids.has(q.id), `${at}: id is used twice`);
    ids.add(q.id);
    need(topics.has(q.topic), `${at}: topic is not listed`);
    need(typeof q.prompt === 'string' && q.prompt.trim() !== '', `${at}: prompt is missing`);
    need(typeof q.explanation === 'string' && q.explanation.trim() !== '', `${at}: explanation is missing`);
    need(q.level === undefined || q.level === 'foundational' || q.level === 'going-further', `${at}: level`);
    need(Array.isArray(q.choices) && q.choices.length >= 2 && q.choices.length <= 26, `${at}: choices`);
    const choiceIds = new Set();
    const texts = new Set();
    for (const c of q.choices ?? []) {
      need(typeof c.id === 'string' && ID.test(c.id) && !choiceIds.has(c.id), `${at}: choice id`);
      need(typeof c.text === 'string' && c.text.trim() !== '' && !texts.has(c.text.trim()), `${at}: choice text`);
      need(c.explanation === undefined || (typeof c.explanation === 'string' && c.explanation.trim() !== ''), `${at}: choice explanation`);
      choiceIds.add(c.id);
      texts.add(c.text?.trim());
    }
    const answer = Array.isArray(q.answer) ? q.answer : [q.answer];
    need(answer.length > 0 && answer.length < choiceIds.size, `${at}: answer count`);
    need(answer.every((a) => choiceIds.has(a)) && new Set(answer).size === answer.length, `${at}: answer`);
    for (const r of q.references ?? []) {
      need(typeof r.title === 'string' && r.title.trim() !== '', `${at}: reference title`);
      need(typeof r.url === 'string' && /^https?:\/\//.test(r.url), `${at}: reference url`);
    }
  }
  return problems;
}

/** Fetches, decodes, parses and checks a bank: the path the app's reader takes. */
export async function load(url) {
  const bytes = await (await fetch(url)).arrayBuffer();
  const bank = JSON.parse(new TextDecoder().decode(bytes));
  return { bank, problems: validate(bank) };
}

function element(tag, attributes = {}, text = '') {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, value);
  if (text) el.textContent = text;
  return el;
}

/** Renders question `index`, its choices and the navigator, and answers a click at once. */
export function render(bank, index) {
  const question = bank.questions[index];
  const answer = new Set(Array.isArray(question.answer) ? question.answer : [question.answer]);
  const main = document.getElementById('main');
  const article = element('article');
  article.append(element('h2', {}, `Question ${index + 1}`), element('p', { class: 'prompt' }, question.prompt));
  const fieldset = element('fieldset');
  const feedback = element('p', { role: 'status' });
  const kind = answer.size > 1 ? 'checkbox' : 'radio';
  for (const choice of question.choices) {
    const label = element('label');
    const input = element('input', { type: kind, name: 'choice', value: choice.id });
    input.addEventListener('change', () => {
      feedback.textContent = answer.has(choice.id) ? 'Good job!' : 'Incorrect';
    });
    label.append(input, ` ${choice.text}`);
    fieldset.append(label);
  }
  article.append(fieldset, feedback);
  const nav = element('nav', { 'aria-label': 'Questions' });
  const list = element('ol');
  bank.questions.forEach((_, i) => {
    const item = element('li');
    const button = element('button', { type: 'button' }, String(i + 1));
    button.addEventListener('click', () => render(bank, i));
    item.append(button);
    list.append(item);
  });
  nav.append(list);
  const next = element('button', { type: 'button' }, 'Next');
  next.addEventListener('click', () => render(bank, Math.min(index + 1, bank.questions.length - 1)));
  main.replaceChildren(article, next, nav);
}

const params = new URLSearchParams(location.search);
if (params.has('bank')) {
  const { bank, problems } = await load(params.get('bank'));
  if (problems.length) {
    document.getElementById('main').textContent = problems.join('\n');
  } else {
    render(bank, 0);
    performance.mark('first-question-interactive');
  }
}
