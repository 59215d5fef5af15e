import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from '../../renderer/src/app/router';
import { PageCache } from '../../renderer/src/features/clients/pageCache';
import { errorText, retryAfterSeconds } from '../../renderer/src/lib/errorText';

describe('PageCache', () => {
  it('claims each missing page once and serves rows once stored', () => {
    const cache = new PageCache<number>(100);
    expect(cache.claimMissing(0, 250)).toEqual([0, 1, 2]);
    expect(cache.claimMissing(150, 320)).toEqual([3]);
    cache.store(
      1,
      Array.from({ length: 100 }, (_, i) => 100 + i),
    );
    expect(cache.itemAt(142)).toBe(142);
    expect(cache.itemAt(42)).toBeUndefined();
    cache.release(0);
    expect(cache.claimMissing(0, 199)).toEqual([0]);
  });
});

describe('router', () => {
  it('parses and prints every route', () => {
    const routes: Route[] = [
      { name: 'clients' },
      { name: 'clientNew' },
      { name: 'client', id: '0f8e3c1a-1111-4222-8333-444455556666' },
      { name: 'clientEdit', id: '0f8e3c1a-1111-4222-8333-444455556666' },
      { name: 'compliance' },
      { name: 'settings' },
    ];
    for (const route of routes) expect(parseRoute(routeHref(route))).toEqual(route);
    expect(parseRoute('')).toEqual({ name: 'clients' });
    expect(parseRoute('#/nowhere')).toEqual({ name: 'clients' });
  });
});

describe('errorText', () => {
  const backoff = (s: number) => `wait ${s}`;
  it('names the wait of a back-off from seconds or from an ISO time', () => {
    expect(retryAfterSeconds({ retryAfter: 7.2 }, 0)).toBe(8);
    expect(retryAfterSeconds({ retryAfter: '1970-01-01T00:00:30.000Z' }, 0)).toBe(30);
    expect(
      errorText({ code: 'VAULT_BACKOFF', message: '', details: { retryAfter: 12 } }, 'zh-TW', backoff),
    ).toBe('wait 12');
  });
  it('uses the shared error messages otherwise', () => {
    expect(errorText({ code: 'VAULT_BAD_PASSPHRASE', message: 'x' }, 'zh-TW', backoff)).toBe('密碼錯誤');
    expect(errorText({ code: 'VAULT_BACKOFF', message: 'x' }, 'en', backoff)).toBe(
      'Too many attempts; wait and try again',
    );
  });
});
