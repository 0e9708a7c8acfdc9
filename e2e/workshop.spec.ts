/**
 * Workshop mode end to end: an instructor sets up a session, three teams play different paths
 * from the one link (paths picked by the engine), and the debrief dashboard imports their files
 * and codes and shows how the room chose. Expected counts come from the engine, never typed in.
 */
import { readFileSync } from 'node:fs';
import jsQR from 'jsqr';
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, basePath } from './fixtures.ts';
import { bestDecisions, carelessDecisions, decide, playDecisions } from './scenario-driver.ts';
import {
  applyDecision,
  initialState,
  saveRun,
  loadScenarioText,
  type Decision,
  type SimState,
} from '../src/engine/index.ts';
import { randomRun } from '../src/lib/workshop/sample-runs.ts';
import { teamResultCode } from '../src/lib/workshop/team-result.ts';
import { aggregate } from '../src/lib/workshop/aggregate.ts';
import {
  decodeResultCode,
  decodeSessionCode,
  encodeResultCode,
} from '../src/lib/workshop/codes.ts';

const SEED = 4242;
// One scenario, loaded on its own so a colleague's half-edited scenario file cannot stop this spec.
const loaded = loadScenarioText(
  readFileSync('content/scenarios/desk-night-shift.yaml', 'utf8'),
  'desk-night-shift.yaml',
);
if (!loaded.ok) throw new Error('desk-night-shift does not load');
const s = loaded.scenario;

async function hydrated(page: Page): Promise<void> {
  await page.locator('astro-island:not([ssr])').first().waitFor();
}

/** Sets up the session through the instructor page and returns its link and code. */
async function setUpSession(page: Page): Promise<{ link: string; code: string }> {
  await page.goto(`${basePath}instructor/`);
  await hydrated(page);
  await page.getByLabel('Scenario').selectOption(s.id);
  await page.getByRole('radio', { name: /^Assessment/ }).check();
  await page.getByLabel('Seed (case timings)').fill(String(SEED));
  await page.getByLabel('Team names (one per line)').fill('Alpha\nBravo\nCharlie');
  const code = await page.getByRole('textbox', { name: 'Session code' }).inputValue();
  const link = await page.getByRole('textbox', { name: 'Session link' }).inputValue();
  return { link, code };
}

/** Plays decisions in the open player (assessment mode), waiting for each next situation. */
const play = (page: Page, decisions: Decision[]): Promise<SimState> =>
  playDecisions(page, s, decisions, { seed: SEED, mode: 'assessment' });

test('three teams play one session; the dashboard shows how the room chose', async ({
  page,
  browser,
}, testInfo) => {
  test.slow();
  const { link, code } = await setUpSession(page);
  const session = decodeSessionCode(code);
  expect(session).toMatchObject({ ok: true, value: { seed: SEED, mode: 'assessment' } });
  expect(link).toContain(`${basePath}scenarios/${s.id}/?session=`);
  expect(new URL(link).origin).toBe(new URL(page.url()).origin);
  await expectNoAxeViolations(page);

  if (!session.ok) throw new Error('session code');
  const paths: Array<{ team: string; decisions: Decision[] }> = [
    { team: 'Alpha', decisions: bestDecisions(s, SEED) },
    { team: 'Bravo', decisions: carelessDecisions(s, SEED) },
    {
      team: 'Charlie',
      decisions: randomRun(s, session.value, 7).decisions.map((r) => r.decision),
    },
  ];
  const files: string[] = [];
  let pastedCode = '';
  const finals: SimState[] = [];
  for (const [i, p] of paths.entries()) {
    const context = await browser.newContext();
    const team = await context.newPage();
    await team.goto(link);
    await hydrated(team);
    await expect(team.getByRole('radio', { name: /^Assessment/ })).toBeChecked();
    await expect(team.getByRole('radio', { name: /^Practice/ })).toBeDisabled();
    await expect(team.getByRole('button', { name: 'Start the case' })).toBeDisabled();
    await team.getByLabel('Your team').fill(p.team);
    await expect(team.getByText(`Workshop session: ${p.team}`)).toBeVisible();
    await team.getByRole('button', { name: 'Start the case' }).click();
    finals.push(await play(team, p.decisions));
    const resultCode = await team.getByLabel('Result code').inputValue();
    const decoded = decodeResultCode(resultCode);
    expect(decoded.ok && decoded.value.team).toBe(p.team);
    expect(resultCode.length).toBeLessThan(200);
    if (i < 2) {
      const downloading = team.waitForEvent('download');
      await team.getByRole('button', { name: "Download the team's result file" }).click();
      const download = await downloading;
      const path = testInfo.outputPath(download.suggestedFilename());
      await download.saveAs(path);
      expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({
        format: 'cca-workshop-result',
        team: p.team,
        code: resultCode,
      });
      files.push(path);
    } else pastedCode = resultCode;
    await context.close();
  }

  await page.goto(`${basePath}instructor/debrief/?s=${encodeURIComponent(code)}`);
  await hydrated(page);
  await page.getByLabel('Result files', { exact: true }).setInputFiles(files);
  await expect(
    page.getByRole('status').filter({ hasText: '2 imported, 0 refused.' }),
  ).toBeVisible();
  await page.getByLabel('Or paste result codes, one per line').fill(`${pastedCode}\n`);
  await page.getByRole('button', { name: 'Import the pasted codes' }).click();
  await expect(page.getByText('3 teams imported, 3 finished the case.')).toBeVisible();

  // The counts per decision point are the engine's, from the same three runs.
  const best = finals[0];
  if (!best) throw new Error('no runs');
  const expected = aggregate(
    s,
    finals.map((sim, i) => ({ team: paths[i]?.team ?? '', sim })),
    best,
  );
  for (const point of expected.points) {
    const article = page.getByRole('article', { name: point.title });
    await expect(article.getByText(`Reached by ${point.reached} of 3 teams.`)).toBeVisible();
    const rows = article.getByRole('listitem');
    await expect(rows).toHaveCount(point.options.length);
    for (const [j, o] of point.options.entries()) {
      await expect(rows.nth(j)).toContainText(o.label);
      await expect(rows.nth(j)).toContainText(`${o.count} of ${point.reached}`);
    }
  }
  await expectNoAxeViolations(page);

  // Anonymised names replace the teams' names everywhere.
  await page.getByText("Each team's path, step by step").click();
  await page.getByRole('checkbox', { name: /Hide team names/ }).check();
  await expect(page.getByRole('heading', { name: /^Alpha —/ })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: /^Team 1 —/ })).toBeVisible();

  // CSV export.
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csvPath = testInfo.outputPath('debrief.csv');
  await (await csvDownload).saveAs(csvPath);
  const csv = readFileSync(csvPath, 'utf8').trim().split('\r\n');
  expect(csv).toHaveLength(4);
  expect(csv[1]).toMatch(/^Team 1,/);
});

test('bad imports are refused with a message and break nothing', async ({ page }) => {
  const { code } = await setUpSession(page);
  const session = decodeSessionCode(code);
  if (!session.ok) throw new Error('session');
  const run = randomRun(s, session.value, 3);
  const good = teamResultCode(session.value, '<img src=x onerror="window.__xss=1">', s, run);
  const decoded = decodeResultCode(good);
  if (!decoded.ok) throw new Error('decode');
  const forged = encodeResultCode({
    ...decoded.value,
    team: 'Forgers',
    scores: { ...decoded.value.scores, total: decoded.value.scores.total + 5 },
  });
  const other = teamResultCode({ ...session.value, sessionId: 'other123' }, 'Other', s, run);
  const at = good.lastIndexOf('.') - 3; // a digit of the scores: same shape, wrong checksum
  const damaged = good.slice(0, at) + (good[at] === '1' ? '2' : '1') + good.slice(at + 1);

  await page.goto(`${basePath}instructor/debrief/?s=${encodeURIComponent(code)}`);
  await hydrated(page);
  await page
    .getByLabel('Or paste result codes, one per line')
    .fill([good, good, forged, other, damaged, '<script>alert(1)</script>'].join('\n'));
  await page.getByRole('button', { name: 'Import the pasted codes' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Refused (5)');
  await expect(alert).toContainText('pasted line 2: already imported');
  await expect(alert).toContainText('pasted line 3: the recorded scores do not match');
  await expect(alert).toContainText('pasted line 4: from another session');
  await expect(alert).toContainText('pasted line 5: the checksum does not match');
  await expect(alert).toContainText('pasted line 6: not a result code');
  // The markup in the team name is shown as text, never run.
  await page.getByText("Each team's path, step by step").click();
  await expect(
    page.getByRole('heading', { name: /img src=x onerror=window.__xss=1/ }),
  ).toBeVisible();
  expect(
    await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
  ).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);

  await page.getByLabel('Result files', { exact: true }).setInputFiles([
    { name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(300 * 1024, 32) },
    { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": ') },
    {
      name: 'plain.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'cca-result', version: 1 })),
    },
  ]);
  await expect(alert).toContainText('huge.json: the file is larger than 256 KB');
  await expect(alert).toContainText('broken.json: the file is not valid JSON');
  await expect(alert).toContainText('plain.json: a result from outside a workshop session');
  await expect(page.getByText('1 teams imported')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a workshop run and the dashboard survive reloads; the dashboard is compact', async ({
  page,
  browser,
}) => {
  test.slow();
  const { link, code } = await setUpSession(page);
  const context = await browser.newContext();
  const team = await context.newPage();
  // The learner's own run of this scenario, which the workshop run must not overwrite.
  await team.goto(`${basePath}scenarios/${s.id}/`);
  await hydrated(team);
  const learnerSave = JSON.stringify(saveRun(initialState(s, 1, 'practice')));
  await team.evaluate(
    ([key, value]) => localStorage.setItem(key ?? '', value ?? ''),
    [`cca:run:${s.id}`, learnerSave],
  );
  await team.goto(link);
  await hydrated(team);
  await expect(team.getByText('Workshop session: enter your team')).toBeVisible();
  await expect(team.getByText('Workshop session: …')).toHaveCount(0);
  await team.getByLabel('Your team').fill('Alpha');
  await team.getByRole('button', { name: 'Start the case' }).click();
  const decisions = bestDecisions(s, SEED);
  let state = initialState(s, SEED, 'assessment');
  for (const [i, d] of decisions.entries()) {
    if (i === 1) {
      // Reload mid-run: the team's name comes back with the run.
      await team.reload();
      await hydrated(team);
      await team.getByRole('button', { name: 'Resume where you left off' }).click();
      await expect(team.getByText('Workshop session: Alpha')).toBeVisible();
    }
    await decide(team, s, state, d);
    const r = applyDecision(s, state, d);
    if (!r.ok) throw new Error(r.reason);
    state = r.state;
    const next = state.ending
      ? team.getByRole('heading', { level: 2, name: 'Debrief' })
      : team.getByRole('heading', { level: 2, name: s.nodes[state.node]?.title ?? '' });
    await expect(next).toBeVisible();
  }
  const resultCode = await team.getByLabel('Result code').inputValue();
  const decoded = decodeResultCode(resultCode);
  expect(decoded.ok && decoded.value.team).toBe('Alpha');
  const learnerRun = await team.evaluate((k) => localStorage.getItem(k), `cca:run:${s.id}`);
  expect(learnerRun).toBe(learnerSave);
  await context.close();

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${basePath}instructor/debrief/?s=${encodeURIComponent(code)}`);
  await hydrated(page);
  const session = decodeSessionCode(code);
  if (!session.ok) throw new Error('session');
  const other = teamResultCode(session.value, 'Bravo', s, randomRun(s, session.value, 3));
  await page.getByLabel('Or paste result codes, one per line').fill(`${resultCode}\n${other}`);
  await page.getByRole('button', { name: 'Import the pasted codes' }).click();
  await expect(page.getByText('2 teams imported')).toBeVisible();
  // One screen per decision point on a projector.
  const heights = await page
    .getByRole('article')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
  expect(heights.length).toBeGreaterThan(0);
  for (const h of heights) expect(h).toBeLessThanOrEqual(800);
  const total = await page.evaluate(() => document.documentElement.scrollHeight);
  test.info().annotations.push({ type: 'dashboard height (2 teams)', description: `${total} px` });

  await page.reload();
  await hydrated(page);
  await expect(page.getByText('2 teams imported')).toBeVisible();
  await page.getByRole('button', { name: 'Clear all results' }).click();
  await page.getByRole('button', { name: 'Keep them' }).click();
  await page.reload();
  await hydrated(page);
  await expect(page.getByText('2 teams imported')).toBeVisible();
  await page.getByRole('button', { name: 'Clear all results' }).click();
  await page.getByRole('button', { name: 'Yes, clear them' }).click();
  await page.reload();
  await hydrated(page);
  await expect(page.getByText('2 teams imported')).toHaveCount(0);

  // Reopening the instructor page offers the session.
  await page.goto(`${basePath}instructor/`);
  await hydrated(page);
  await expect(
    page.getByRole('button', { name: new RegExp(`^Continue: ${s.title}`) }),
  ).toBeVisible();
});

test('the QR code decodes to the session link', async ({ page }) => {
  const { link } = await setUpSession(page);
  const qr = page.getByRole('img', { name: 'QR code of the session link' });
  await expect(qr).toBeVisible();
  // Draw the SVG on a canvas in the page and read its pixels back; jsQR decodes them here.
  const pixels = await qr.evaluate(async (svg) => {
    const size = 360;
    const text = new XMLSerializer().serializeToString(svg);
    const img = new Image(size, size);
    img.src = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = size;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no canvas');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, size, size);
    ctx.drawImage(img, 0, 0, size, size);
    const bytes = ctx.getImageData(0, 0, size, size).data;
    let bin = '';
    for (const b of bytes) bin += String.fromCharCode(b);
    return { size, data: btoa(bin) };
  });
  const rgba = Uint8ClampedArray.from(Buffer.from(pixels.data, 'base64'));
  const found = jsQR(rgba, pixels.size, pixels.size);
  expect(found?.data).toBe(link);
});

test('projector view: timer, prompts and session line', async ({ page }) => {
  const { code } = await setUpSession(page);
  await page.goto(`${basePath}instructor/facilitator/?s=${encodeURIComponent(code)}`);
  await expect(page).toHaveURL(new RegExp(`instructor/facilitator/${s.id}/\\?s=`));
  const session = decodeSessionCode(code);
  if (!session.ok) throw new Error('session');
  await expect(page.getByText(`Session ${session.value.sessionId} · seed ${SEED}`)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: s.title })).toBeVisible();
  // Another case's projector view refuses this session's code in words.
  const otherCase = ['hidden-service', 'minutes-count'].find((id) => id !== s.id) ?? '';
  await page.goto(`${basePath}instructor/facilitator/${otherCase}/?s=${encodeURIComponent(code)}`);
  await expect(page.getByRole('alert')).toContainText('belongs to another case');
  await expect(page.getByText(`Session ${session.value.sessionId}`)).toHaveCount(0);
  await page.goBack();
  const prompt = Object.values(s.nodes).flatMap((n) => n.discussion)[0];
  if (prompt) await expect(page.getByText(prompt)).toBeVisible();
  await page.clock.install();
  await page.reload();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.clock.runFor(65_000);
  await expect(page.getByText('01:05', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await page.clock.runFor(10_000);
  await expect(page.getByText('01:05', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(page.getByText('00:00', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the facilitator guide prints', async ({ page }) => {
  await page.goto(`${basePath}instructor/guide/${s.id}/`);
  await expect(
    page.getByRole('heading', { level: 1, name: `Facilitator guide: ${s.title}` }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print the guide' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  for (const name of ['The best path and why', 'The decision tree in words'])
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Inject cues' })).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});
