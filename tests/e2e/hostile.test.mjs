// Hostile bank content in a real browser: every text field carries HTML, script, link, CSS and
// Unicode payloads. Nothing may run, nothing may become markup, links may only go to http(s) in
// a new tab, and the page must keep its layout. The Content-Security-Policy is checked too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServedApp, openPage } from './harness.mjs';

const app = useServedApp();

// Each payload calls pwned(<name>) if it ever runs; the test exposes pwned and fails on a call.
const PAYLOADS = [
  `<script>pwned('script')</script>`,
  `<img src=x onerror="pwned('img')">`,
  `<svg onload="pwned('svg')"><circle r="5"/></svg>`,
  `<iframe src="javascript:pwned('iframe')"></iframe>`,
  `[click me](javascript:pwned('markup-link'))`,
  `[data link](data:text/html,<script>pwned('data-link')</script>)`,
  `<a href="javascript:pwned('a')">anchor</a>`,
  `<style>body { display: none }</style>`,
  `<div style="position:fixed;inset:0;background:red">overlay</div>`,
  `" onmouseover="pwned('attribute') x="`,
  `{{constructor.constructor('pwned(\\'template\\')')()}}`,
  `<math><mtext><table><mglyph><style><img src=x onerror="pwned('mxss')">`,
  `[ok](https://example.com/"onmouseover="pwned('href'))`,
  `&lt;script&gt;pwned('entity')&lt;/script&gt;`,
  `<object data="javascript:pwned('object')"></object><embed src="javascript:pwned('embed')">`,
  `x`.repeat(3000),
  `\u202Eevil right-to-left override\u202C and \u2067isolate`,
  `👩‍👩‍👧‍👦 Z̴̡̢̛a̶̢l̷̨g̸o̵ ❤️‍🔥 ñ é`,
];

function hostileBank() {
  const questions = PAYLOADS.map((payload, i) => ({
    id: `q${i + 1}`,
    topic: i % 2 ? `<b>Topic</b> ${PAYLOADS[0]}` : `Topic ${PAYLOADS[1]}`,
    prompt: `Question ${i + 1}: ${payload}`,
    choices: [
      { id: 'a', text: `Right ${payload}`, explanation: `Because ${payload}` },
      { id: 'b', text: `Wrong ${PAYLOADS[(i + 1) % PAYLOADS.length]}`, explanation: `Not ${payload}` },
    ],
    answer: 'a',
    explanation: `Explained: ${payload}`,
    references: [{ title: `Read ${payload}`, url: `https://example.com/?q=<script>pwned('url')</script>` }],
  }));
  return {
    format: 1,
    id: 'hostile',
    title: `Hostile ${PAYLOADS[0]} ${PAYLOADS[2]}`,
    description: PAYLOADS.join('\n\n'),
    topics: [`<b>Topic</b> ${PAYLOADS[0]}`, `Topic ${PAYLOADS[1]}`],
    pass_mark_percent: 50,
    questions,
  };
}

/** Everything the page must not contain or do, checked on whatever is showing. */
async function assertInert(page, where) {
  const found = await page.evaluate(() => {
    const main = document.querySelector('main');
    const foreign = [...main.querySelectorAll('script, iframe, object, embed, style, img, math, link')]
      .map((el) => el.tagName);
    const handlers = [...document.querySelectorAll('*')]
      .flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName}[${a.name}]`));
    const styled = [...main.querySelectorAll('[style]')].map((el) => el.tagName);
    const links = [...main.querySelectorAll('a[href]')].map((a) => ({
      href: a.getAttribute('href'),
      protocol: new URL(a.href).protocol,
      target: a.getAttribute('target'),
      rel: a.getAttribute('rel'),
    }));
    const overflow = document.documentElement.scrollWidth - window.innerWidth;
    const hidden = getComputedStyle(document.body).display === 'none';
    return { foreign, handlers, styled, links, overflow, hidden };
  });
  assert.deepEqual(found.foreign, [], `${where}: no markup from the bank`);
  assert.deepEqual(found.handlers, [], `${where}: no event-handler attributes`);
  assert.deepEqual(found.styled, [], `${where}: no inline styles`);
  assert.equal(found.hidden, false, `${where}: injected CSS did not hide the page`);
  assert.ok(found.overflow <= 1, `${where}: nothing wider than the window (overflow ${found.overflow}px)`);
  for (const link of found.links) {
    if (link.href.startsWith('#')) continue;
    assert.ok(['http:', 'https:'].includes(link.protocol), `${where}: link to ${link.href}`);
    assert.equal(link.target, '_blank', `${where}: ${link.href} opens in a new tab`);
    assert.equal(link.rel, 'noopener noreferrer', `${where}: ${link.href} has rel noopener noreferrer`);
  }
  return found.links.length;
}

test('a bank full of HTML, script, link, CSS and Unicode payloads renders as inert text everywhere', async () => {
  const { context, page, errors } = await openPage(app.browser);
  await page.setViewportSize({ width: 375, height: 800 });
  const ran = [];
  await page.exposeFunction('pwned', (name) => ran.push(name));
  page.on('dialog', (dialog) => {
    ran.push(`dialog: ${dialog.message()}`);
    dialog.dismiss();
  });
  await page.goto(app.url);
  await page.getByLabel('Open a question file…').setInputFiles({
    name: 'hostile.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(hostileBank())),
  });
  await page.locator('.notice-ok').waitFor();
  await assertInert(page, 'start page');
  const title = await page.getByRole('list', { name: 'Kept in this browser' }).innerText();
  assert.match(title, /Hostile <script>pwned\('script'\)<\/script>/, 'the title shows as the text it is');

  await page.goto(`${app.url}#/bank/hostile`);
  await page.getByRole('button', { name: 'Start exam' }).waitFor();
  await assertInert(page, 'bank page');
  assert.match(await page.locator('.description').innerText(), /<img src=x onerror="pwned\('img'\)">/);

  await page.goto(`${app.url}#/exam/hostile?mode=practice&count=${PAYLOADS.length}&seed=1&shuffle=off&time=none`);
  let links = 0;
  for (let i = 1; i <= PAYLOADS.length; i++) {
    await page.getByRole('heading', { name: `Question ${i}`, exact: true }).waitFor();
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Check' }).click();
    await page.getByRole('heading', { name: '✓ Good job!' }).waitFor();
    links += await assertInert(page, `question ${i}`);
    if (i < PAYLOADS.length) await page.getByRole('button', { name: 'Next', exact: true }).click();
  }
  assert.ok(links >= PAYLOADS.length, 'the safe links (references, https markup links) are there');

  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  await page.getByRole('button', { name: 'Submit now' }).click();
  await page.getByRole('region', { name: 'Results' }).waitFor();
  await assertInert(page, 'results and review');

  assert.deepEqual(ran, [], 'no payload ran');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the Content-Security-Policy refuses script the app did not ship', async () => {
  const { context, page } = await openPage(app.browser);
  const violations = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto(app.url);
  await page.getByRole('list', { name: 'Question banks' }).waitFor();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
  assert.doesNotMatch(policy, /unsafe-inline|inline-script-hashes/);
  // Resolves when the browser has refused both an injected <script> and an inline handler.
  const { injected, refused } = await page.evaluate(() => new Promise((resolve) => {
    window.injected = false;
    const refused = new Set();
    document.addEventListener('securitypolicyviolation', (event) => {
      if (event.effectiveDirective.startsWith('script-src')) refused.add(event.effectiveDirective);
      if (refused.size === 2) resolve({ injected: window.injected, refused: [...refused].sort() });
    });
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
    const image = document.createElement('img');
    image.setAttribute('onerror', 'window.injected = true');
    image.src = 'data:,not-an-image';
    document.body.append(image);
  }));
  const ran = injected;
  assert.deepEqual(refused, ['script-src-attr', 'script-src-elem']);
  assert.equal(ran, false, 'an injected inline script and handler did not run');
  assert.ok(violations.length >= 1, 'the browser reported the refusal');
  await context.close();
});
