import type { ImportProgress } from '../../../../shared/features/market-data';

/** Imports remembered after they end, so a last poll still sees 'done' or 'failed'. */
const KEPT = 20;

/**
 * Where each import under way stands, by the ID its caller chose. The import's read phase awaits
 * between chunks, so a market.importProgress call is answered while it runs; any front end
 * (window, browser host, CLI) polls it the same way. Memory only: nothing is stored.
 */
export class ImportProgressBoard {
  private readonly entries = new Map<string, ImportProgress>();

  begin(id: string | undefined): void {
    if (id === undefined) return;
    this.entries.delete(id);
    this.entries.set(id, { phase: 'reading', rows: 0, bytesRead: 0, bytesTotal: 0 });
    while (this.entries.size > KEPT) this.entries.delete(this.entries.keys().next().value!);
  }

  report(id: string | undefined, progress: Omit<ImportProgress, 'phase'>): void {
    const entry = id === undefined ? undefined : this.entries.get(id);
    if (entry) Object.assign(entry, progress);
  }

  phase(id: string | undefined, phase: ImportProgress['phase']): void {
    const entry = id === undefined ? undefined : this.entries.get(id);
    if (entry) entry.phase = phase;
  }

  get(id: string): ImportProgress {
    return { ...(this.entries.get(id) ?? { phase: 'unknown', rows: 0, bytesRead: 0, bytesTotal: 0 }) };
  }
}
