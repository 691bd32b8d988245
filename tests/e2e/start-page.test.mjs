// The start page from the release builds: the hosted banks listed from their files, from any folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, serveDist } from './harness.mjs';

// The default build uses relative asset URLs, so the same dist/ must work at the root and in a
// sub-folder; the build made with --public-url /course/exam/ must work in its folder.
const PLACES = [
  { dist: process.env.E2E_DIST || 'dist', prefix: '/course/exam/' },
  { dist: process.env.E2E_DIST || 'dist', prefix: '/' },
  { dist: process.env.E2E_ABSOLUTE_DIST || 'target/dist-subpath', prefix: '/course/exam/' },
];

for (const { dist, prefix } of PLACES) {
  test(`the start page lists the hosted bank with its figures (${dist} served at ${prefix})`, async () => {
    const server = await serveDist(dist, prefix);
    const browser = await launchBrowser();
    try {
      const { context, page, errors } = await openPage(browser);
      await page.goto(server.url);
      const list = page.getByRole('list', { name: 'Question banks' });
      const bank = list.getByRole('article', { name: 'Fixture bank: Other Compute' });
      await bank.waitFor();
      const text = await bank.innerText();
      assert.match(text, /Questions\s+46/);
      assert.match(text, /20 questions in 30 minutes/);
      assert.match(text, /70 %/);
      const outside = server.requests.filter((path) => !path.startsWith(prefix));
      assert.deepEqual(outside, [], 'every asset is fetched from inside the public folder');
      if (prefix !== '/' && dist === (process.env.E2E_DIST || 'dist')) {
        await page.screenshot({ path: 'target/e2e-start-page.png', fullPage: true });
      }
      assert.deepEqual(errors, []);
      await context.close();
    } finally {
      await browser.close();
      await server.close();
    }
  });
}
