import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { renderChartSvg, svgElements } from '../../core/documents/chart-dom';
import { FunnelChart } from '../../../shared/charts/FunnelChart';

describe('the funnel chart', () => {
  it('draws one bar per stage, longest first, each with its count and conversion as text', async () => {
    const rows = [
      { key: 'lead', label: '名單', value: 10, text: '10' },
      { key: 'meeting', label: '已會面', value: 6, text: '6（60%）' },
      { key: 'account_opened', label: '已開戶', value: 3, text: '3（50%）' },
    ];
    const svg = await renderChartSvg(
      createElement(FunnelChart, { rows, width: 480, height: 200, emptyText: '無資料' }),
    );
    for (const text of ['名單', '已會面', '已開戶', '6（60%）', '3（50%）']) expect(svg).toContain(text);
    const widths = svgElements(svg, 'path.recharts-rectangle').map((bar) =>
      Number(/^M\s*[\d.]+,[\d.]+\s*h\s*([\d.]+)/.exec(bar.getAttribute('d')!)![1]),
    );
    expect(widths).toHaveLength(3);
    expect(widths[0]).toBeGreaterThan(widths[1]!);
    expect(widths[1]).toBeGreaterThan(widths[2]!);
    expect(svg).not.toContain('無資料');
  });

  it('says there is nothing to show when every stage is empty', async () => {
    const rows = [{ key: 'lead', label: '名單', value: 0, text: '0' }];
    const svg = await renderChartSvg(
      createElement(FunnelChart, { rows, width: 480, height: 120, emptyText: '無資料' }),
    );
    expect(svg).toContain('無資料');
  });
});
