/** One line of the `npm run bench` table. */
export interface BenchRow {
  section: string;
  metric: string;
  /** The measured figure, formatted with its unit (e.g. "12.3 ms", "0.84x"). */
  value: string;
  /** The target as text (e.g. "<= 20 ms"), if there is one. */
  target?: string;
  /** Whether the figure meets the target; undefined when there is no target. */
  pass?: boolean;
}
