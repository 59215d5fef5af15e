import { describe, expect, it } from 'vitest';
import { approvalsKey, overrideStateOf } from '../../renderer/src/features/proposals/authoring/overrides';
import type { Finding, Override } from '../../shared/features/suitability';

const finding = (patch: Partial<Finding> = {}): Finding =>
  ({
    code: 'grade_exceeded',
    severity: 'needs_approval',
    rule: 'grade.matrix',
    settings: [],
    productId: 'p1',
    subject: null,
    message: { 'zh-TW': '超過 RR3', en: 'Above RR3' },
    ...patch,
  }) as Finding;

type Asked = Pick<Override, 'id' | 'code' | 'productId' | 'subject' | 'message' | 'status' | 'requestedAt'>;
const asked = (status: Override['status'], requestedAt: string, patch: Partial<Asked> = {}): Asked => ({
  id: `${status}-${requestedAt}`,
  code: 'grade_exceeded',
  productId: 'p1',
  subject: null,
  message: { 'zh-TW': '超過 RR3', en: 'Above RR3' },
  status,
  requestedAt,
  ...patch,
});

describe('overrideStateOf', () => {
  it('is none until one is asked for, then the newest asked for that same finding', () => {
    expect(overrideStateOf(finding(), [])).toBe('none');
    expect(overrideStateOf(finding(), [asked('pending', '2026-11-30T01:00:00Z')])).toBe('pending');
    expect(
      overrideStateOf(finding(), [
        asked('pending', '2026-11-30T02:00:00Z'),
        asked('rejected', '2026-11-30T01:00:00Z'),
      ]),
    ).toBe('pending');
    expect(
      overrideStateOf(finding(), [
        asked('rejected', '2026-11-30T02:00:00Z'),
        asked('rejected', '2026-11-30T01:00:00Z'),
      ]),
    ).toBe('rejected');
  });

  it('does not count an override of another product or of other figures', () => {
    expect(overrideStateOf(finding(), [asked('pending', '2026-11-30T01:00:00Z', { productId: 'p2' })])).toBe(
      'none',
    );
    const otherWeight = { 'zh-TW': '超過 RR2', en: 'Above RR2' };
    expect(
      overrideStateOf(finding(), [asked('pending', '2026-11-30T01:00:00Z', { message: otherWeight })]),
    ).toBe('none');
  });

  it('reads an overridden finding as approved, and an approval the rules did not apply as none', () => {
    expect(overrideStateOf(finding({ severity: 'overridden' }), [])).toBe('approved');
    expect(overrideStateOf(finding(), [asked('approved', '2026-11-30T01:00:00Z')])).toBe('none');
  });
});

describe('approvalsKey', () => {
  it('changes when an override is approved, not when one is asked for or rejected', () => {
    const before = approvalsKey([asked('pending', 'a', { id: 'x' }), asked('approved', 'b', { id: 'y' })]);
    expect(approvalsKey([asked('rejected', 'a', { id: 'x' }), asked('approved', 'b', { id: 'y' })])).toBe(
      before,
    );
    expect(approvalsKey([asked('approved', 'a', { id: 'x' }), asked('approved', 'b', { id: 'y' })])).not.toBe(
      before,
    );
  });
});
