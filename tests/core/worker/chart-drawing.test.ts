import { describe, expect, it } from 'vitest';
import { Drawing } from '../../../electron/core/worker/chart-drawing';

/** One chart set drawn in shares by several workers, as the calling end sees it. */

describe('a drawing shared by two workers', () => {
  it('is whole only once both shares are done, each chart in its place', async () => {
    const drawing = new Drawing(2);
    let whole: string[] | null = null;
    void drawing.all().then((svgs) => (whole = svgs));
    drawing.drawn(1, 'b');
    drawing.drawn(0, 'a');
    drawing.done(3);
    await Promise.resolve();
    await Promise.resolve();
    expect(whole).toBeNull();
    drawing.drawn(2, 'c');
    drawing.done(3);
    expect(await drawing.all()).toEqual(['a', 'b', 'c']);
  });

  it('fails the charts not yet drawn when one share fails, and keeps those drawn', async () => {
    const drawing = new Drawing(2);
    drawing.drawn(0, 'a');
    drawing.done(2);
    drawing.fail(new Error('the charts could not be drawn (exit code 1)'));
    expect(await drawing.chart(0)).toBe('a');
    await expect(drawing.chart(1)).rejects.toThrow('exit code 1');
    await expect(drawing.all()).rejects.toThrow('exit code 1');
  });
});
