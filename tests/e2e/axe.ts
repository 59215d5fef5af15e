import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** One axe-core rule broken on the page, with the elements that break it. */
export interface AxeFinding {
  rule: string;
  impact: string | null;
  help: string;
  targets: string[];
}

type AxeWindow = Window & { axe?: typeof axe };

/**
 * The page's structure (one main landmark, all content in landmarks, one h1): axe rates these
 * moderate, but screen-reader users move through a page by them, so they are held too.
 */
const STRUCTURE_RULES = ['landmark-one-main', 'region', 'page-has-heading-one', 'heading-order'];

/**
 * Runs axe-core in the page (its source from the package, injected once per document) and returns
 * the violations of impact serious or critical, and those of the structure rules.
 */
export async function axeViolations(page: Page): Promise<AxeFinding[]> {
  // Contrast is measured on what is painted: let fades and slides (modals, messages) finish.
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.effect?.getTiming().iterations === Infinity),
  );
  // The app's CSP (script-src 'self') refuses an inline <script> (page.addScriptTag); code the
  // test evaluates through the DevTools protocol is not subject to it, so the CSP stays on.
  const injected = await page.evaluate(() => Boolean((window as AxeWindow).axe));
  if (!injected) await page.evaluate(axe.source);
  return page.evaluate(async (structureRules) => {
    const results = await (window as AxeWindow).axe!.run(document, { resultTypes: ['violations'] });
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical' || structureRules.includes(v.id))
      .map((v) => ({
        rule: v.id,
        impact: v.impact ?? null,
        help: v.help,
        targets: v.nodes.map((node) => node.target.join(' ')),
      }));
  }, STRUCTURE_RULES);
}

/**
 * Fails the test with the screen's name and every finding on it; softly, so a walk through the
 * screens goes on and reports every screen, not just the first.
 */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const findings = await axeViolations(page);
  expect.soft(findings, `axe-core on ${screen}:\n${JSON.stringify(findings, null, 2)}`).toEqual([]);
}
