/**
 * Seeded random numbers that are identical on every machine: xoshiro128** (Blackman & Vigna,
 * 2018) on 32-bit integer arithmetic (Math.imul, >>> 0), seeded through splitmix32, and normal
 * deviates by the polar Box-Muller method. Integer steps are exact everywhere; the normal deviates use
 * Math.sqrt (correctly rounded by IEEE 754) and Math.log, which V8 (Node, Electron, Chromium) computes with its own fdlibm port, so
 * results are bit-identical across operating systems and CPUs for a given engine.
 */
export class Xoshiro128 {
  private s0 = 0;
  private s1 = 0;
  private s2 = 0;
  private s3 = 0;
  private spare = 0;
  private hasSpare = false;

  constructor(seed: number) {
    let x = seed >>> 0;
    const next = () => {
      // splitmix32: spreads any 32-bit seed over the 128-bit state (never all zero in practice).
      x = (x + 0x9e3779b9) >>> 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.s0 = next();
    this.s1 = next();
    this.s2 = next();
    this.s3 = next();
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }

  /** Next 32-bit unsigned integer. */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /** Uniform in the open interval (0, 1), 32-bit resolution. */
  nextFloat(): number {
    return (this.nextUint32() + 0.5) / 4294967296;
  }

  /**
   * Standard normal deviate by Marsaglia's polar form of Box-Muller (no trigonometry): each accepted
   * pair of uniforms yields two deviates, the second kept for the next call.
   */
  nextNormal(): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spare;
    }
    let u = 0;
    let v = 0;
    let s = 0;
    do {
      u = 2 * this.nextFloat() - 1;
      v = 2 * this.nextFloat() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const f = Math.sqrt((-2 * Math.log(s)) / s);
    this.spare = v * f;
    this.hasSpare = true;
    return u * f;
  }
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}
