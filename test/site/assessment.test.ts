// The readiness self-assessment in a real browser, under /playbook/: taken with the keyboard only, restored
// after a reload, shared by link into a fresh browser, refusing bad files and storage without losing work,
// merging two tabs, showing hostile names as text, and passing axe (WCAG 2.2 AA) in both themes.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useServedSite } from '../helpers/served-site.ts';
import { projectRoot, sites } from '../helpers/astro.ts';
import { checkContentFolder } from '../../src/node/content-files.ts';
import { questionnaireModel, questionsOf, type QuestionnaireSource } from '../../src/lib/assessment/model.ts';
import { assessReadiness } from '../../src/lib/assessment/scoring.ts';
import { assessmentStorageKeys } from '../../src/lib/storage.ts';
import { budgets, weighSite } from '../bench/budget.ts';
import { pageCollections } from '../../src/lib/collections.ts';
import { planInvestments } from '../../src/lib/planner/plan.ts';
import { levelBand } from '../../src/islands/assessment/charts.ts';
import type { EntryRef } from '../../src/lib/collections.ts';

const site = sites.sub;
const served = useServedSite(site.dir, site.base);
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const { entries } = checkContentFolder(projectRoot, 'content');
const questionnaire = questionnaireModel(entries.find((e) => e.collection === 'assessment')!.data as QuestionnaireSource);
const questions = questionsOf(questionnaire).map((x) => x.question);
const storeKey = assessmentStorageKeys.assessments;
const catalogue = entries
  .filter((e) => e.collection === 'components')
  .map((e) => {
    const d = e.data as { title: string; dependsOn: EntryRef[]; setupCost: number; onboardingCost: number };
    return { id: e.id, title: d.title, dependsOn: d.dependsOn.map((x) => x.id), setupCost: d.setupCost, onboardingCost: d.onboardingCost };
  });
const sampleUseCases = entries.filter((e) => e.collection === 'use-cases').map((e) => ({ id: e.id, requires: (e.data as { requires: EntryRef[] }).requires.map((x) => x.id) }));
/** The number of pages of a PDF: its page objects (not the page tree, "/Pages"). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
const hostile = '<img src=x onerror=alert(1)>';

const problems: string[] = [];
async function newContext(options: { colorScheme?: 'light' | 'dark'; width?: number } = {}): Promise<BrowserContext> {
  const context = await served.browser.newContext({ colorScheme: options.colorScheme ?? 'light', viewport: { width: options.width ?? 1280, height: 900 } });
  context.on('page', (page) => {
    page.on('console', (m) => m.type() === 'error' && problems.push(`${page.url()}: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.message}`));
    page.on('dialog', (d) => {
      problems.push(`${page.url()}: a dialog opened: ${d.message()}`);
      void d.dismiss();
    });
  });
  return context;
}
const url = (fragment = '') => new URL(`assessment/${fragment}`, served.server.root).href;
async function openTool(context: BrowserContext, fragment = ''): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url(fragment));
  await page.waitForSelector('assessment-tool[data-ready]');
  return page;
}
const activeElement = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | HTMLAnchorElement | null;
    return { id: el?.id ?? '', type: (el as HTMLInputElement)?.type ?? '', name: (el as HTMLInputElement)?.name ?? '', next: el?.hasAttribute('data-next') ?? false, href: (el as HTMLAnchorElement)?.href ?? '' };
  });

/** Creates an initiative through the start form and waits for the first dimension. */
async function startAssessment(page: Page, name: string, by = '') {
  await page.fill('#new-name', name);
  await page.fill('#new-by', by);
  await page.click('.assessment-new button[type="submit"]');
  await page.waitForURL(/#\/a\/[a-z0-9]+\/d\/1$/);
}

/** Answers every question of every dimension with the value `pick` gives, by clicking. */
async function answerAll(page: Page, pick: (questionId: string, index: number) => number | 'unknown') {
  for (let d = 1; d <= questionnaire.dimensions.length; d++) {
    const base = page.url().replace(/\/d\/\d+$/, '');
    if (!page.url().endsWith(`/d/${d}`)) await page.goto(`${base}/d/${d}`);
    await page.waitForSelector(`[data-dimension-step="${questionnaire.dimensions[d - 1]!.id}"][aria-current]`);
    for (const question of questionnaire.dimensions[d - 1]!.questions) {
      const value = pick(question.id, questions.indexOf(question));
      await page.check(`input[name="answer-${question.id}"][value="${value}"]`);
    }
  }
}
const resultsOf = (page: Page) =>
  page.evaluate(() => ({
    level: document.querySelector('.verdict__level')?.textContent ?? '',
    overall: document.querySelector('[data-overall]')?.textContent ?? '',
    verdict: document.querySelector('.verdict')?.textContent ?? '',
    scores: document.querySelector('.scores__table')?.textContent ?? '',
    gates: document.querySelector('#gates-heading')?.parentElement?.textContent ?? '',
    exposure: document.querySelector('#exposure-heading')?.parentElement?.textContent ?? '',
    next: document.querySelector('#next-heading')?.parentElement?.textContent ?? '',
  }));
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), storeKey);

describe('the readiness self-assessment, in a real browser under /playbook/', () => {
  afterEach(() => {
    expect(problems.splice(0)).toEqual([]);
  });

  it('is completed with the keyboard only, and the results are there after a reload', async () => {
    const context = await newContext();
    const page = await openTool(context);
    // Tab from the top of the page to the form; type; Enter starts.
    for (let i = 0; i < 100 && (await activeElement(page)).id !== 'new-name'; i++) await page.keyboard.press('Tab');
    expect((await activeElement(page)).id).toBe('new-name');
    await page.keyboard.type('Claims triage');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Business owner');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/a\/[a-z0-9]+\/d\/1$/);
    // Every radio group: arrow keys choose the third answer ("Mostly"); Tab moves on; Enter follows "Next".
    const answered = new Set<string>();
    for (let i = 0; i < 1500; i++) {
      const el = await activeElement(page);
      if (el.type === 'radio' && !answered.has(el.name)) {
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowRight');
        answered.add(el.name);
      } else if (el.next) {
        const before = page.url();
        await page.keyboard.press('Enter');
        // The next view is drawn and the focus is on its heading.
        await page.waitForFunction((b) => location.href !== b && /^H[23]$/.test(document.activeElement?.tagName ?? ''), before);
        if (el.href.endsWith('/results')) break;
        continue;
      }
      await page.keyboard.press('Tab');
    }
    expect(answered.size).toBe(questions.length);
    await page.waitForSelector('.verdict');
    const expected = assessReadiness(questionnaire, Object.fromEntries(questions.map((q) => [q.id, { value: 2, at: '' }])));
    const results = await resultsOf(page);
    expect(results.level).toBe(expected.level!.title);
    expect(results.overall).toBe(String(expected.overall));
    // Every answer was saved as it was given: a reload shows the same results.
    await page.reload();
    await page.waitForSelector('.verdict');
    expect(await resultsOf(page)).toEqual(results);
    // Back and forward move between the views.
    await page.goBack();
    await page.waitForSelector('#assessment-view-heading');
    expect(page.url()).toMatch(/\/d\/\d+$/);
    await page.goForward();
    await page.waitForSelector('.verdict');
    await context.close();
  });

  it('opens a share link in a fresh browser with identical results, read-only, and saves a copy on request', async () => {
    const context = await newContext();
    const page = await openTool(context);
    await startAssessment(page, 'Invoice processing', 'AI product manager');
    await answerAll(page, (_id, i) => (i % 5 === 4 && questions[i]!.dontKnow ? 'unknown' : [3, 2, 1, 3][i % 4]!));
    await page.goto(page.url().replace(/\/d\/\d+$/, '/results'));
    await page.waitForSelector('.verdict');
    await page.selectOption('#foundations-use-case', 'invoice-processing');
    const original = await resultsOf(page);
    const foundations = await page.locator('.foundations__list').textContent();
    await page.click('button[data-panel="share"]');
    const link = await page.inputValue('#share-link');
    expect(link).toMatch(/\/playbook\/assessment\/#share=1\.[A-Za-z0-9_-]+$/);
    await context.close();

    const fresh = await newContext();
    const shared = await fresh.newPage();
    await shared.goto(link);
    await shared.waitForSelector('.verdict');
    expect(await resultsOf(shared)).toEqual(original);
    expect(await shared.locator('.foundations__list').textContent()).toBe(foundations);
    await expect(shared.locator('.assessment-shared__banner').textContent()).resolves.toContain('read-only');
    // Nothing to share again, but the reader can export or print what they were sent.
    expect(await shared.locator('button[data-panel="share"]').count()).toBe(0);
    await shared.click('button[data-panel="export"]');
    await expect(shared.getByRole('button', { name: 'Print', exact: true }).isVisible()).resolves.toBe(true);
    expect(await stored(shared)).toBeNull();
    // Foundations tried out in the shared view go with the copy.
    await shared.selectOption('#foundations-use-case', 'claims-triage');
    await shared.getByRole('button', { name: 'Save a copy in this browser' }).click();
    await shared.waitForURL(/#\/a\/[a-z0-9]+\/results$/);
    const copies = JSON.parse((await stored(shared))!).initiatives;
    expect(copies).toHaveLength(1);
    expect(copies[0].foundations.useCase).toBe('claims-triage');
    expect(await resultsOf(shared)).toEqual(original);

    // A damaged link is refused with a message, and nothing is saved or changed.
    const before = await stored(shared);
    await shared.goto(`${link.slice(0, -12)}@@`);
    await shared.reload();
    await shared.waitForSelector('.assessment-shared .assessment-notice--error');
    await expect(shared.locator('.assessment-shared').textContent()).resolves.toContain('This site cannot open the link: it is damaged or incomplete. Nothing was saved or changed');
    expect(await stored(shared)).toBe(before);
    await fresh.close();
  });

  it('refuses a broken file, a wrong file and a file over 1 MB with a message, and keeps saved work', async () => {
    const context = await newContext();
    const page = await openTool(context);
    await startAssessment(page, 'Fraud detection');
    await page.check(`input[name="answer-${questions[0]!.id}"][value="3"]`);
    await page.goto(url('#/'));
    await page.waitForSelector('.initiatives');
    const before = await stored(page);
    const attempts = [
      { name: 'broken.json', buffer: Buffer.from('{"format":"ai-playbook-assessment-export","version":1,"initiatives":[{"id":'), says: 'it is not a JSON file exported from this tool' },
      { name: 'photo.png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]), says: 'it is not a JSON file exported from this tool' },
      { name: 'settings.json', buffer: Buffer.from('{"theme":"dark"}'), says: 'it is not an assessment exported from this tool' },
      { name: 'future.json', buffer: Buffer.from('{"format":"ai-playbook-assessment-export","version":99,"initiatives":[]}'), says: 'made by a newer version of this tool' },
      { name: 'huge.json', buffer: Buffer.alloc(1_000_001, 32), says: 'and the limit is 1,000 kB' },
    ];
    for (const attempt of attempts) {
      await page.setInputFiles('#import-file', { name: attempt.name, mimeType: 'application/json', buffer: attempt.buffer });
      const notice = page.locator('.assessment-notice--error');
      await notice.waitFor();
      const text = (await notice.textContent()) ?? '';
      expect(text).toContain(`Could not import ${attempt.name}`);
      expect(text).toContain(attempt.says);
      expect(text).toContain('Your saved assessments are unchanged');
      expect(await stored(page)).toBe(before);
      expect(await page.locator('.initiative').count()).toBe(1);
    }
    // A good file is added next to the saved work, never over it (the same id comes in as a copy).
    const exported = JSON.stringify({ format: 'ai-playbook-assessment-export', version: 1, initiatives: JSON.parse(before!).initiatives });
    await page.setInputFiles('#import-file', { name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await page.locator('[data-notice="ok"]').waitFor();
    expect(await page.locator('.initiative').count()).toBe(2);
    await context.close();
  });

  it('shows a name typed as markup as text, everywhere it appears', async () => {
    const context = await newContext();
    const page = await openTool(context);
    await startAssessment(page, hostile, hostile);
    await expect(page.locator('#assessment-initiative-heading').textContent()).resolves.toBe(hostile);
    await page.click(`#question-${questions[0]!.id} .question__note summary`);
    await page.fill(`#note-${questions[0]!.id}`, hostile);
    await page.locator(`#note-${questions[0]!.id}`).blur();
    await page.goto(url('#/'));
    await page.waitForSelector('.initiatives');
    await expect(page.locator('.initiative__name').textContent()).resolves.toBe(hostile);
    await page.click('.initiative__actions a[href$="/results"]');
    await page.waitForSelector('.verdict');
    await page.click('button[data-panel="share"]');
    await page.check('#share-notes');
    const link = await page.inputValue('#share-link');
    await page.goto(link);
    await page.waitForSelector('.assessment-shared__banner');
    await expect(page.locator('#assessment-initiative-heading').textContent()).resolves.toBe(hostile);
    // The notes that came with the link are there to read (open, since they came), as text.
    await expect(page.locator(`[data-answer="${questions[0]!.id}"] .results-answers__note`).textContent()).resolves.toBe(hostile);
    await expect(page.locator(`[data-answer="${questions[0]!.id}"] .results-answers__note`).isVisible()).resolves.toBe(true);
    expect(await page.evaluate(() => document.querySelectorAll('main img').length)).toBe(0);
    await context.close();
  });

  it('merges two tabs on one initiative instead of overwriting, and says so', async () => {
    const context = await newContext();
    const first = await openTool(context);
    await startAssessment(first, 'Churn prevention');
    const address = first.url();
    const second = await openTool(context, address.slice(address.indexOf('#')));
    await first.check(`input[name="answer-${questions[0]!.id}"][value="1"]`);
    // The second tab hears of it and shows it, then adds its own answer.
    await second.waitForSelector('[data-notice="info"]');
    await expect(second.locator('[data-notice="info"]').textContent()).resolves.toContain('another tab');
    expect(await second.isChecked(`input[name="answer-${questions[0]!.id}"][value="1"]`)).toBe(true);
    await second.check(`input[name="answer-${questions[1]!.id}"][value="3"]`);
    await first.reload();
    await first.waitForSelector('assessment-tool[data-ready]');
    expect(await first.isChecked(`input[name="answer-${questions[0]!.id}"][value="1"]`)).toBe(true);
    expect(await first.isChecked(`input[name="answer-${questions[1]!.id}"][value="3"]`)).toBe(true);
    await context.close();
  });

  it('shows "On this page" only where its sections are: in the start view, not in the questions or the results', async () => {
    const context = await newContext();
    const page = await openTool(context);
    const contents = page.locator('.tool-page__contents');
    await expect(contents.isVisible()).resolves.toBe(true);
    for (const href of await contents.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) {
      await expect(page.locator(href).isVisible(), href).resolves.toBe(true);
    }
    await startAssessment(page, 'Fraud detection');
    await expect(contents.isVisible()).resolves.toBe(false);
    // The tool takes the width the list leaves.
    const widths = await page.evaluate(() => [document.querySelector('.tool-page__main')!.getBoundingClientRect().width, document.querySelector('.tool-page')!.getBoundingClientRect().width]);
    expect(widths[0]).toBe(widths[1]);
    await page.goto(page.url().replace(/\/d\/\d+$/, '/results'));
    await page.waitForSelector('.verdict');
    await expect(contents.isVisible()).resolves.toBe(false);
    await page.goto(url('#/'));
    await page.waitForSelector('.initiatives');
    await expect(contents.isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('colours each bar by the readiness level of its score, with a legend, and keeps the keyboard in place in the foundations', async () => {
    const context = await newContext();
    const page = await openTool(context);
    await startAssessment(page, 'Contract review');
    const unknownId = questions.find((q) => !q.gate && q.dontKnow)!.id;
    const dimensionOf = (i: number) => questionnaire.dimensions.findIndex((d) => d.questions.includes(questions[i]!));
    const pick = (id: string, i: number) => (id === unknownId ? 'unknown' : questionnaire.scale[dimensionOf(i) % questionnaire.scale.length]!.value);
    await answerAll(page, pick);
    await page.goto(page.url().replace(/\/d\/\d+$/, '/results'));
    await page.waitForSelector('.verdict');
    const r = assessReadiness(questionnaire, Object.fromEntries(questions.map((q, i) => [q.id, { value: pick(q.id, i), at: '' }])));
    const bandOf = (score: number) => levelBand(Math.max(0, questionnaire.levels.findLastIndex((l) => score >= l.minScore)), questionnaire.levels.length);
    const bars = await page.locator('.score-chart__bar').evaluateAll((els) => els.map((el) => el.getAttribute('class')));
    expect(bars).toEqual(r.dimensions.filter((d) => d.score! > 0).map((d) => `score-chart__bar score-chart__bar--${bandOf(d.score!)}`));
    expect(new Set(bars).size).toBeGreaterThan(1);
    const legend = await page.locator('.score-legend li').allTextContents();
    expect(legend).toHaveLength(questionnaire.levels.length);
    questionnaire.levels.forEach((level, i) => expect(legend[i]).toContain(level.title));
    // "Don't know" is no target to aim below: the step is to find out.
    const more = page.getByRole('button', { name: /^Show \d+ more$/ });
    if (await more.count()) await more.click();
    await expect(page.locator(`[data-recommendation="${unknownId}"]`).textContent()).resolves.toContain('now "Don\'t know": find out where it stands');
    // Ticking a foundation with the keyboard draws the list again; the focus stays on the box.
    await page.selectOption('#foundations-use-case', 'contract-review');
    const box = page.locator('input[name="foundations-existing"]').first();
    const id = (await box.getAttribute('id'))!;
    const before = await box.isChecked();
    await box.focus();
    await page.keyboard.press('Space');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(id);
    await expect(page.locator(`#${id}`).isChecked()).resolves.toBe(!before);
    await page.keyboard.press('Space');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(id);
    await expect(page.locator(`#${id}`).isChecked()).resolves.toBe(before);
    await context.close();
  });

  it('keeps a note typed just before the page is reloaded', async () => {
    const context = await newContext();
    const page = await openTool(context);
    await startAssessment(page, 'Claims triage');
    const note = `#note-${questions[1]!.id}`;
    await page.click(`#question-${questions[1]!.id} .question__note summary`);
    await page.fill(note, 'Budget line 4711, signed by the CFO');
    // No pause, no blur: the reload comes before the note would be saved after typing stops.
    await page.reload();
    await page.waitForSelector('assessment-tool[data-ready]');
    await expect(page.inputValue(note)).resolves.toBe('Budget line 4711, signed by the CFO');
    await context.close();
  });

  it('keeps working when storage holds something unreadable, without writing over it, until the user starts afresh', async () => {
    const context = await newContext();
    const page = await openTool(context);
    await page.evaluate((key) => localStorage.setItem(key, '{"format":"ai-playbook-assessments","version":1,"initiatives":[{"id":'), storeKey);
    await page.reload();
    await page.waitForSelector('assessment-tool[data-ready]');
    await expect(page.locator('.assessment-notice--error').textContent()).resolves.toContain('could not be read');
    const garbage = await stored(page);
    await startAssessment(page, 'Demand forecasting');
    await page.check(`input[name="answer-${questions[0]!.id}"][value="2"]`);
    expect(await stored(page)).toBe(garbage);
    await page.goto(url('#/'));
    await page.getByRole('button', { name: 'Start afresh' }).click();
    await page.locator('[data-notice="ok"]').waitFor();
    const keys = await page.evaluate(() => Object.keys(localStorage));
    const aside = keys.find((k) => k.startsWith(assessmentStorageKeys.unreadable));
    expect(aside).toBeDefined();
    expect(await page.evaluate((k) => localStorage.getItem(k), aside!)).toBe(garbage);
    // The session's work was kept and is now saved.
    expect(JSON.parse((await stored(page))!).initiatives.map((i: { name: string }) => i.name)).toEqual(['Demand forecasting']);
    await context.close();
  });

  it('works for the session when the browser refuses storage, and says it cannot save', async () => {
    const context = await newContext();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const page = await openTool(context);
    await expect(page.locator('.assessment-notice--warn').first().textContent()).resolves.toContain('not letting the site save');
    await startAssessment(page, 'Contract review');
    await answerAll(page, () => 3);
    await page.goto(page.url().replace(/\/d\/\d+$/, '/results'));
    await expect(page.locator('.verdict__level').textContent()).resolves.toBe(questionnaire.levels.at(-1)!.title);
    await context.close();
  });

  it('says so when the browser\'s storage is full, keeps the answers for the session, and still exports them', async () => {
    const context = await newContext();
    const page = await openTool(context);
    await startAssessment(page, 'Marketing content generation');
    await page.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.check(`input[name="answer-${questions[0]!.id}"][value="3"]`);
    await expect(page.locator('[data-save-problem="full"]').textContent()).resolves.toContain('storage for this site is full');
    await page.goto(page.url().replace(/\/d\/\d+$/, '/results'));
    await page.waitForSelector('.verdict');
    await page.click('button[data-panel="export"]');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'JSON', exact: true }).click();
    const file = await (await download).createReadStream();
    let text = '';
    for await (const chunk of file) text += chunk;
    expect(JSON.parse(text).initiatives[0].answers[questions[0]!.id].value).toBe(3);
    await context.close();
  });

  it('keeps every question in the page for print and for readers without JavaScript', async () => {
    const html = readFileSync(path.join(site.dir, 'assessment', 'index.html'), 'utf8');
    for (const question of questions) expect(html).toContain(`<li id="${question.id}">`);
    const context = await served.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url());
    expect(await page.locator('#assessment-reference .question__prompt').count()).toBe(questions.length);
    await expect(page.locator('assessment-tool').textContent()).resolves.toContain('needs JavaScript');
    // "On this page" leads to the questionnaire's sections, all of which are there.
    await expect(page.locator('.tool-page__contents').isVisible()).resolves.toBe(true);
    for (const href of await page.locator('.tool-page__contents a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) {
      await expect(page.locator(href).isVisible(), href).resolves.toBe(true);
    }
    await context.close();
  });

  it('prints the results as a report without the tool around it', async () => {
    const context = await newContext();
    const page = await openTool(context);
    await startAssessment(page, 'Next-best action');
    await answerAll(page, (_id, i) => [3, 1, 2][i % 3]!);
    await page.goto(page.url().replace(/\/d\/\d+$/, '/results'));
    await page.waitForSelector('.verdict');
    await page.selectOption('#foundations-use-case', 'next-best-action');
    await page.emulateMedia({ media: 'print' });
    const visible = (selector: string) => page.locator(selector).first().isVisible();
    expect(await visible('.verdict')).toBe(true);
    expect(await visible('.scores__table')).toBe(true);
    for (const hidden of ['#assessment-reference', '.assessment-head__actions', '.site-header', '.foundations__form', '.snapshot-form']) expect(await visible(hidden), hidden).toBe(false);
    expect(pdfPages(await page.pdf({ format: 'A4', printBackground: true }))).toBe(1);
    await context.close();
  });

  it('prints a poorly ready initiative, every gate open and fifteen foundations missing, on one page of A4 and of Letter', async () => {
    const context = await newContext();
    const page = await openTool(context);
    await startAssessment(page, 'IT incident triage, assessed before anyone asked the business owner', 'AI product manager');
    // Every gate below its minimum (one not known), everything else low, a "Don't know" in every third question.
    const pick = (_id: string, i: number): number | 'unknown' => {
      const q = questions[i]!;
      if (q.gate) return q.gate.blocks === 'production' && q.dontKnow ? 'unknown' : 0;
      return i % 3 === 0 && q.dontKnow ? 'unknown' : 1;
    };
    await answerAll(page, pick);
    await page.goto(page.url().replace(/\/d\/\d+$/, '/results'));
    await page.waitForSelector('.verdict');
    await page.selectOption('#foundations-use-case', 'it-incident-triage');
    // Nothing exists yet: untick what the catalogue lists as available.
    while ((await page.locator('input[name="foundations-existing"]:checked').count()) > 0) await page.locator('input[name="foundations-existing"]:checked').first().click();
    await page.fill('#snapshot-label', 'Gate 0: idea to discovery');
    await page.click('.snapshot-form button');
    await page.waitForSelector('.snapshots__table');

    const answers = Object.fromEntries(questions.map((q, i) => [q.id, { value: pick(q.id, i), at: '' }]));
    const expected = assessReadiness(questionnaire, answers);
    const plan = planInvestments(catalogue, sampleUseCases, { useCases: ['it-incident-triage'], inPlace: [] });
    expect(plan.missing.length).toBeGreaterThanOrEqual(15);
    expect(await page.locator('.gate:not([data-status="met"])').count()).toBe(questions.filter((q) => q.gate).length);
    // A gate answered below its minimum settles the level, though too few answers are known for a score.
    expect(expected.verdict).toBe('settled-by-gate');
    await expect(page.locator('.verdict__level').textContent()).resolves.toBe(questionnaire.levels[0]!.title);
    // The foundations are numbered in the planner's waves, in its order; none missing is called "available".
    const listed = await page.locator('.foundations__list [data-component]').evaluateAll((items) => items.map((li) => [(li as HTMLElement).dataset['component'], li.querySelector('.foundations__wave')?.textContent]));
    expect(listed).toEqual(plan.waves.flatMap((w) => w.components.map((id) => [id, `Wave ${w.wave}`])));
    expect(await page.locator('.foundations__list .tag').allTextContents()).not.toContain('Available');

    await page.emulateMedia({ media: 'print' });
    for (const format of ['A4', 'Letter'] as const) expect(pdfPages(await page.pdf({ format, printBackground: true })), format).toBe(1);
    // Each gate's status stays on one line, inside its border.
    const pills = await page.locator('.gate__status').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)));
    for (const lines of pills) expect(lines).toBeLessThan(1.5);
    await context.close();
  });

  it('prints the JavaScript it loads against its budget (the budget test holds it there)', () => {
    const weight = weighSite(site.dir, site.base, pageCollections).find((w) => w.page === '/assessment/')!;
    console.log(`/assessment/ loads ${(weight.js / 1024).toFixed(1)} kB of JavaScript gzipped (budget ${budgets['assessment']!.js! / 1024} kB), CSS ${(weight.css / 1024).toFixed(1)} kB.`);
    expect(weight.js).toBeGreaterThan(0);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violation (WCAG 2.2 AA) before and after answering, ${colorScheme} theme`, async () => {
      const context = await newContext({ colorScheme });
      const page = await openTool(context);
      const violations: string[] = [];
      // Every view at the desktop width and at a phone's, where wide tables scroll sideways.
      const check = async (where: string) => {
        for (const width of [1280, 390]) {
          await page.setViewportSize({ width, height: 900 });
          if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
          const result = await page.evaluate(async () => {
            const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
            return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
          });
          for (const v of result.violations) violations.push(`${where} at ${width} px: ${v.id} (${v.help}) at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
        }
        await page.setViewportSize({ width: 1280, height: 900 });
      };
      await check('start, empty');
      await startAssessment(page, 'Customer service assistant', 'Business owner');
      await check('questions, unanswered');
      await page.goto(page.url().replace(/\/d\/\d+$/, '/q/1'));
      await page.waitForSelector('.options--described');
      await check('one question at a time');
      await page.goto(page.url().replace(/\/q\/\d+$/, '/d/1'));
      await answerAll(page, (_id, i) => (i % 6 === 5 && questions[i]!.dontKnow ? 'unknown' : [0, 1, 2, 3, 2][i % 5]!));
      await page.click(`#question-${questionnaire.dimensions.at(-1)!.questions[0]!.id} .question__note summary`);
      await page.fill(`#note-${questionnaire.dimensions.at(-1)!.questions[0]!.id}`, 'Signed on 3 March.');
      await check('questions, answered');
      await page.goto(page.url().replace(/\/d\/\d+$/, '/results'));
      await page.waitForSelector('.verdict');
      await page.selectOption('#foundations-use-case', 'customer-service-assistant');
      await page.fill('#snapshot-label', 'Gate 1');
      await page.click('.snapshot-form button');
      await page.click('button[data-panel="share"]');
      await check('results');
      await page.goto(url('#/'));
      await page.waitForSelector('.initiatives');
      await check('start, with a saved assessment');
      const id = JSON.parse((await stored(page))!).initiatives[0].id as string;
      const snapshot = JSON.parse((await stored(page))!).initiatives[0].snapshots[0].id as string;
      await page.goto(url(`#/compare/${id}~${snapshot},${id}`));
      await page.waitForSelector('.compare__table');
      await check('compare');
      await context.close();
      expect(violations).toEqual([]);
    });
  }

  it('keeps, renames, duplicates and deletes saved assessments, with undo', async () => {
    const context = await newContext();
    const page = await openTool(context);
    await startAssessment(page, 'Employee knowledge assistant');
    await page.check(`input[name="answer-${questions[0]!.id}"][value="2"]`);
    await page.goto(url('#/'));
    await page.getByRole('button', { name: 'Rename Employee knowledge assistant' }).click();
    await page.fill('.assessment-rename input >> nth=0', 'Knowledge assistant');
    await page.fill('.assessment-rename input >> nth=1', 'Business owner');
    await page.click('.assessment-rename button[type="submit"]');
    await expect(page.locator('.initiative__name').allTextContents()).resolves.toEqual(['Knowledge assistant']);
    await page.getByRole('button', { name: 'Duplicate Knowledge assistant' }).click();
    await expect(page.locator('.initiative__name').allTextContents()).resolves.toContain('Knowledge assistant (copy)');
    // Delete moves the focus to Undo; Undo brings it back with its answers.
    await page.getByRole('button', { name: 'Delete Knowledge assistant (copy)' }).click();
    expect(await page.locator('.initiative').count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    await page.keyboard.press('Enter');
    await expect(page.locator('.initiative__name').allTextContents()).resolves.toContain('Knowledge assistant (copy)');
    // The Undo button went with its notice: the focus is on the assessment it brought back.
    await expect(page.evaluate(() => document.activeElement?.closest('[data-initiative]')?.querySelector('.initiative__name')?.textContent)).resolves.toBe('Knowledge assistant (copy)');
    const copy = JSON.parse((await stored(page))!).initiatives.find((i: { name: string }) => i.name === 'Knowledge assistant (copy)');
    expect(copy.answers[questions[0]!.id].value).toBe(2);
    await page.getByRole('button', { name: 'Delete Knowledge assistant (copy)' }).click();
    await page.reload();
    await page.waitForSelector('.initiatives');
    await expect(page.locator('.initiative__name').allTextContents()).resolves.toEqual(['Knowledge assistant']);
    await context.close();
  });

  it('keeps dated snapshots and shows the trend and what changed since', async () => {
    const context = await newContext();
    const page = await openTool(context);
    await startAssessment(page, 'Predictive maintenance');
    await answerAll(page, () => 1);
    const id = page.url().match(/#\/a\/([a-z0-9]+)\//)![1]!;
    await page.goto(url(`#/a/${id}/results`));
    await page.fill('#snapshot-label', questionnaire.checkpoints[1] ?? 'Gate 0');
    await page.click('.snapshot-form button');
    await page.goto(url(`#/a/${id}/d/1`));
    await page.check(`input[name="answer-${questions[0]!.id}"][value="3"]`);
    await page.goto(url(`#/a/${id}/results`));
    await page.waitForSelector('.snapshots__table');
    const rows = await page.locator('.snapshots__table tbody tr').allTextContents();
    expect(rows).toHaveLength(2);
    await expect(page.locator('.trend-chart').count()).resolves.toBe(1);
    // Each point is named under it (the full name is its tooltip).
    const names = page.locator('.trend-chart__name').evaluateAll((els) => els.map((el) => [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('')));
    await expect(names).resolves.toEqual([questionnaire.checkpoints[1] ?? 'Gate 0', 'Now']);
    await page.getByRole('link', { name: 'Compare with now' }).click();
    await page.waitForSelector('.compare__changes');
    await expect(page.locator('.compare__changes').textContent()).resolves.toBe(`${questions[0]!.title}: Started → In place`);
    await context.close();
  });

  it('keeps the reader in the questions when they follow the skip link', async () => {
    const context = await newContext();
    const page = await openTool(context);
    await startAssessment(page, 'Skip link');
    const questionsUrl = page.url();
    // The island has its own hashchange listener, added first: once ours has run, the island has had its say.
    const changed = page.evaluate(() => new Promise((done) => addEventListener('hashchange', done, { once: true })));
    await page.locator('.skip-link').focus();
    await page.keyboard.press('Enter');
    await changed;
    expect(new URL(page.url()).hash).toBe('#content');
    await expect(page.locator(`input[name="answer-${questions[0]!.id}"]`).first().isVisible()).resolves.toBe(true);
    await page.goBack();
    await page.waitForURL(questionsUrl);
    await expect(page.locator(`input[name="answer-${questions[0]!.id}"]`).first().isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('brings a deleted snapshot back with Undo, and it is still there after a reload', async () => {
    const context = await newContext();
    const page = await openTool(context);
    await startAssessment(page, 'Demand forecasting');
    await answerAll(page, () => 2);
    const id = page.url().match(/#\/a\/([a-z0-9]+)\//)![1]!;
    await page.goto(url(`#/a/${id}/results`));
    await page.fill('#snapshot-label', 'Gate 1');
    await page.click('.snapshot-form button');
    await page.waitForSelector('.snapshots__table');
    const before = await page.locator('.snapshots__table tbody tr').allTextContents();
    await page.getByRole('button', { name: 'Delete the snapshot Gate 1' }).click();
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Undo');
    await page.keyboard.press('Enter');
    // The focus is in the row that came back, not lost to the page.
    await expect(page.evaluate(() => document.activeElement?.closest('tr')?.querySelector('th')?.textContent)).resolves.toBe('Gate 1');
    await page.reload();
    await page.waitForSelector('.snapshots__table');
    await expect(page.locator('.snapshots__table tbody tr').allTextContents()).resolves.toEqual(before);
    await context.close();
  });

  it('says when the questionnaire changed since answers were saved, and sets aside what it no longer asks', async () => {
    const context = await newContext();
    const page = await openTool(context);
    const at = '2026-11-01T10:00:00.000Z';
    const saved = {
      format: 'ai-playbook-assessments',
      version: 1,
      initiatives: [
        {
          id: 'older',
          name: 'Fraud detection',
          answeredBy: '',
          createdAt: at,
          updatedAt: at,
          metaAt: at,
          version: questionnaire.version + 1,
          answers: { [questions[0]!.id]: { value: 3, at }, 'a-retired-question': { value: 2, note: 'Kept', at } },
          setAside: [],
          snapshots: [],
          removedSnapshots: [],
        },
      ],
      deleted: [],
      unreadable: [],
    };
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [storeKey, JSON.stringify(saved)]);
    await page.goto(url('#/a/older/d/1'));
    await page.reload();
    await page.waitForSelector('.assessment-set-aside');
    await expect(page.locator('.assessment-notice--info').first().textContent()).resolves.toContain('The questionnaire has changed');
    await page.click('.assessment-set-aside summary');
    await expect(page.locator('.assessment-set-aside').textContent()).resolves.toContain('a-retired-question');
    expect(await page.isChecked(`input[name="answer-${questions[0]!.id}"][value="3"]`)).toBe(true);
    await context.close();
  });

  it('fits a phone without sideways scrolling in every view', async () => {
    const context = await newContext({ width: 360 });
    const page = await openTool(context);
    await startAssessment(page, 'A long initiative name that goes on and on without a break: supercalifragilisticexpialidocious');
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow(), 'questions').toBeLessThanOrEqual(0);
    await answerAll(page, (_id, i) => [3, 0, 2][i % 3]!);
    await page.goto(page.url().replace(/\/d\/\d+$/, '/q/2'));
    await page.waitForSelector('.options--described');
    expect(await overflow(), 'one question').toBeLessThanOrEqual(0);
    await page.goto(page.url().replace(/\/q\/\d+$/, '/results'));
    await page.waitForSelector('.verdict');
    await page.selectOption('#foundations-use-case', 'fraud-detection');
    expect(await overflow(), 'results').toBeLessThanOrEqual(0);
    const id = JSON.parse((await stored(page))!).initiatives[0].id as string;
    await page.fill('#snapshot-label', 'Gate 1');
    await page.click('.snapshot-form button');
    const snapshot = JSON.parse((await stored(page))!).initiatives[0].snapshots[0].id as string;
    await page.goto(url(`#/compare/${id}~${snapshot},${id}`));
    await page.waitForSelector('.compare__table');
    expect(await overflow(), 'compare').toBeLessThanOrEqual(0);
    await context.close();
  });

  it('compares two people\'s answers and names the questions where they disagree by two points or more', async () => {
    const context = await newContext();
    const page = await openTool(context);
    await startAssessment(page, 'Claims triage', 'Business owner');
    await answerAll(page, () => 3);
    await page.goto(url('#/'));
    await startAssessment(page, 'Claims triage', 'AI product manager');
    await answerAll(page, (_id, i) => (i < 3 ? 0 : i < 5 ? 2 : 3));
    const ids = JSON.parse((await stored(page))!).initiatives.map((i: { id: string }) => i.id) as string[];
    await page.goto(url(`#/compare/${ids.join(',')}`));
    await page.waitForSelector('.compare__table');
    await expect(page.locator('[data-disagreements]').getAttribute('data-disagreements')).resolves.toBe('3');
    await expect(page.locator('[data-changes]').getAttribute('data-changes')).resolves.toBe('5');
    expect(await page.locator('.compare__question--disagree').count()).toBe(3);
    expect(await page.locator('.compare__findings').textContent()).toContain(questions[0]!.title);
    await context.close();
  });
});

