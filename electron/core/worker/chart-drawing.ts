import type { ChartDrawing } from '../documents/chart-set';

interface Part {
  promise: Promise<string>;
  resolve(svg: string): void;
  reject(error: Error): void;
}

/**
 * The calling end of one chart set being drawn, by one worker or shared among several: each chart
 * resolves when its message comes, and the whole set when every worker has said it is done (each
 * says how many charts the set has). A failure rejects every chart not yet drawn and any asked for
 * later. A chart nobody asks for is not an unhandled rejection.
 */
export class Drawing implements ChartDrawing {
  private readonly parts = new Map<number, Part>();
  private failure: Error | null = null;
  private count: number | null = null;
  private readonly settled: Part;
  private sharesLeft: number;

  /** `shares`: how many workers draw a share of the set. */
  constructor(shares = 1) {
    this.settled = Drawing.part();
    this.sharesLeft = shares;
  }

  private static part(): Part {
    let resolve: (svg: string) => void = () => {};
    let reject: (error: Error) => void = () => {};
    const promise = new Promise<string>((yes, no) => {
      resolve = yes;
      reject = no;
    });
    promise.catch(() => undefined);
    return { promise, resolve, reject };
  }

  private partAt(index: number): Part {
    let part = this.parts.get(index);
    if (!part) {
      part = Drawing.part();
      this.parts.set(index, part);
      if (this.failure) part.reject(this.failure);
      else if (this.count !== null && index >= this.count) {
        part.reject(new Error(`the chart set has ${this.count} charts, not ${index + 1}`));
      }
    }
    return part;
  }

  chart(index: number): Promise<string> {
    return this.partAt(index).promise;
  }

  async all(): Promise<string[]> {
    await this.settled.promise;
    return Promise.all(Array.from({ length: this.count ?? 0 }, (_, i) => this.chart(i)));
  }

  drawn(index: number, svg: string): void {
    this.partAt(index).resolve(svg);
  }

  /** One worker's share is drawn; the set has `count` charts. */
  done(count: number): void {
    this.count = count;
    for (const [index, part] of this.parts) {
      if (index >= count) part.reject(new Error(`the chart set has ${count} charts, not ${index + 1}`));
    }
    this.sharesLeft -= 1;
    if (this.sharesLeft === 0) this.settled.resolve('');
  }

  fail(error: Error): void {
    this.failure = error;
    this.settled.reject(error);
    for (const part of this.parts.values()) part.reject(error);
  }
}
