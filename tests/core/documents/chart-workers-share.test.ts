import { describe, expect, it } from 'vitest';
import { createDocumentRenderer } from '../../../electron/core/documents/renderer';
import { proposalChartSet } from '../../../electron/core/features/proposals/document/charts';
import { proposalFacts } from '../features/proposals/facts-fixture';
import { renderSvgs } from './chart-dom';
import { FONTS_DIR } from './fixtures';

/**
 * The chart workers share a set's charts (every other chart each): what comes back must be the
 * whole set, each chart in its place, as one renderer drawing them all in order would draw them.
 */

const withoutIds = (s: string) => s.replace(/recharts\d+-clip/g, 'clip').replace(/_r_\w+_/g, 'id');

describe('a chart set shared between the chart workers', () => {
  it('comes back whole, each chart in its place, as drawn in one thread', async () => {
    const input = { facts: proposalFacts(), language: 'zh-TW' as const };
    const documents = createDocumentRenderer({ fontsDir: FONTS_DIR });
    const shared = await documents.charts(proposalChartSet, input).all();
    const inOneThread = renderSvgs(proposalChartSet.charts(input));
    expect(shared).toHaveLength(6);
    expect(shared.map(withoutIds)).toEqual(inOneThread.map(withoutIds));
  });

  it('refuses a place past its end once every share is done', async () => {
    const documents = createDocumentRenderer({ fontsDir: FONTS_DIR });
    const input = { facts: proposalFacts(), language: 'en' as const };
    const drawing = documents.charts(proposalChartSet, input);
    await expect(drawing.chart(6)).rejects.toThrow('the chart set has 6 charts, not 7');
    expect(await drawing.chart(5)).toMatch(/^<svg\b/);
  });
});
