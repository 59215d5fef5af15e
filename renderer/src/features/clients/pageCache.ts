/**
 * Which pages of a long list are loaded or on their way, for a list that loads pages on demand
 * as the user scrolls. Pure, so it is tested without a DOM.
 */
export class PageCache<T> {
  private readonly pages = new Map<number, T[]>();
  private readonly pending = new Set<number>();

  constructor(readonly pageSize: number) {}

  itemAt(index: number): T | undefined {
    return this.pages.get(Math.floor(index / this.pageSize))?.[index % this.pageSize];
  }

  /** The pages covering rows first..last that are neither loaded nor pending; marks them pending. */
  claimMissing(first: number, last: number): number[] {
    const claimed: number[] = [];
    for (let page = Math.floor(first / this.pageSize); page <= Math.floor(last / this.pageSize); page += 1) {
      if (this.pages.has(page) || this.pending.has(page)) continue;
      this.pending.add(page);
      claimed.push(page);
    }
    return claimed;
  }

  store(page: number, items: T[]): void {
    this.pending.delete(page);
    this.pages.set(page, items);
  }

  release(page: number): void {
    this.pending.delete(page);
  }
}
