import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { seriesSchema, type Point, type Series } from '../../../../shared/features/market-data';
import { addDays, isBusinessDay } from '../../../../shared/kernel/dates';

/** A shipped sample series: its catalogue entry and its points. */
export interface SampleSeries {
  series: Series;
  points: Point[];
}

/**
 * The sample file (resources/market-data/sample.json, written by scripts/market-sample.ts): each
 * series with its first date and one value per business day from it, so five years of sixteen
 * series stay small.
 */
export const sampleFileSchema = z.object({
  endDate: z.string(),
  series: z.array(
    seriesSchema
      .omit({ sample: true, productId: true })
      .extend({ start: z.string(), values: z.array(z.number()) }),
  ),
});
export type SampleFile = z.infer<typeof sampleFileSchema>;

/** The business days from `start`, as many as asked for. */
export function businessDaysFrom(start: string, count: number): string[] {
  const dates: string[] = [];
  for (let date = start; dates.length < count; date = addDays(date, 1))
    if (isBusinessDay(date)) dates.push(date);
  return dates;
}

export function readSampleFile(file: string): SampleSeries[] {
  const parsed = sampleFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  return parsed.series.map(({ start, values, ...series }) => {
    const dates = businessDaysFrom(start, values.length);
    return {
      series: { ...series, productId: null, sample: true },
      points: values.map((value, i) => ({ date: dates[i]!, value })),
    };
  });
}
