import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { proposalsKit } from './harness';
import { clientWithHoldings, contentOf, fourProducts } from './fixtures';

const kit = proposalsKit('2026-11-30T02:00:00Z'); // 10:00 in Taipei

async function presented() {
  const products = await fourProducts(kit);
  const clientId = await clientWithHoldings(kit);
  const draft = await kit.call('proposals.create', { clientId, content: contentOf(products) });
  const proposal = await kit.call('proposals.present', { id: draft.id, version: draft.version });
  return { products, clientId, proposal };
}

const reasonsOf = (details: unknown) =>
  (details as { reasons: { code: string; productCode: string | null }[] }).reasons;

describe('presenting', () => {
  it('freezes the facts and keeps the PDF with its SHA-256; the stored file comes back as it was', async () => {
    const { proposal, products } = await presented();
    expect(proposal.state).toBe('presented');
    expect(proposal.presentedOn).toBe('2026-11-30');
    expect(proposal.expiresOn).toBe('2026-12-30');
    expect(proposal.snapshot?.products.map((p) => p.id)).toEqual(products);
    expect(proposal.snapshot?.suitability.verdict).toBe('ok');
    expect(proposal.snapshot?.analysis.investableTwd).toBe(5_000_000);
    expect(proposal.snapshot?.kyc?.state).toBe('current');
    const pdf = await kit.call('proposals.pdf', { id: proposal.id });
    expect(pdf.sha256).toBe(proposal.pdfSha256);
    expect(createHash('sha256').update(Buffer.from(pdf.pdfBase64, 'base64')).digest('hex')).toBe(pdf.sha256);
    expect(Buffer.from(pdf.pdfBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses to change a presented proposal, and the database refuses it too', async () => {
    const { proposal } = await presented();
    const error = await kit.fail('proposals.update', {
      id: proposal.id,
      version: proposal.version,
      content: { ...proposal.content, title: '改過' },
    });
    expect(error.code).toBe('CONFLICT');
    expect(() =>
      kit.core.session
        .database()
        .prepare("UPDATE proposals SET content = '{}' WHERE id = ?")
        .run(proposal.id),
    ).toThrow(/never changed/);
    expect((await kit.fail('proposals.delete', { id: proposal.id, version: proposal.version })).code).toBe(
      'CONFLICT',
    );
  });

  it('renders the stored snapshot after a product is withdrawn from the shelf', async () => {
    const { proposal, products } = await presented();
    const product = await kit.call('products.get', { id: products[0]! });
    await kit.call('products.setState', { id: product.id, version: product.version, state: 'withdrawn' });
    const stored = await kit.call('proposals.pdf', { id: proposal.id });
    expect(stored.sha256).toBe(proposal.pdfSha256);
    const english = await kit.call('proposals.pdf', { id: proposal.id, language: 'en' });
    expect(Buffer.from(english.pdfBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect((await kit.call('proposals.get', { id: proposal.id })).snapshot?.products[0]?.state).toBe(
      'approved',
    );
  });

  it('is refused while the KYC is expired, naming the reason in zh-TW', async () => {
    const products = await fourProducts(kit);
    const clientId = await clientWithHoldings(kit);
    const draft = await kit.call('proposals.create', { clientId, content: contentOf(products) });
    kit.setNow('2028-01-05T02:00:00Z');
    const error = await kit.fail('proposals.present', { id: draft.id, version: draft.version });
    expect(error.code).toBe('VALIDATION');
    expect(reasonsOf(error.details).map((r) => r.code)).toContain('kyc_not_current');
    expect((error.details as { message: { 'zh-TW': string } }).message['zh-TW']).toContain('風險屬性評估');
    expect((await kit.call('proposals.get', { id: draft.id })).state).toBe('draft');
  });

  it('is refused for a product no longer approved for sale', async () => {
    const products = await fourProducts(kit);
    const clientId = await clientWithHoldings(kit);
    const draft = await kit.call('proposals.create', { clientId, content: contentOf(products) });
    const product = await kit.call('products.get', { id: products[1]! });
    await kit.call('products.setState', { id: product.id, version: product.version, state: 'suspended' });
    const error = await kit.fail('proposals.present', { id: draft.id, version: draft.version });
    expect(reasonsOf(error.details)).toContainEqual({ code: 'product_not_approved', productCode: 'B2' });
  });

  it('is refused when a product is suspended while the PDF renders (the refusals are judged again in the write)', async () => {
    const products = await fourProducts(kit);
    const clientId = await clientWithHoldings(kit);
    const draft = await kit.call('proposals.create', { clientId, content: contentOf(products) });
    const product = await kit.call('products.get', { id: products[1]! });
    // The facts are judged as the call starts; the suspension lands while the PDF is drawn.
    const presenting = kit.fail('proposals.present', { id: draft.id, version: draft.version });
    await kit.call('products.setState', { id: product.id, version: product.version, state: 'suspended' });
    expect(await presenting).toMatchObject({ code: 'CONFLICT', details: { reason: 'inputs_changed' } });
    expect((await kit.call('proposals.get', { id: draft.id })).state).toBe('draft');
  });

  it('needs every 推介理由 for a client aged 65 or over', async () => {
    const products = await fourProducts(kit);
    const clientId = await clientWithHoldings(kit, '1955-06-01');
    const content = contentOf(products);
    const draft = await kit.call('proposals.create', { clientId, content });
    const error = await kit.fail('proposals.present', { id: draft.id, version: draft.version });
    const missing = reasonsOf(error.details).filter((r) => r.code === 'rationale_missing');
    expect(missing.map((r) => r.productCode)).toEqual(['B1', 'B2', 'B3', 'B4']);
    const items = content.items.map((item, i) => ({ ...item, rationale: i < 3 ? '配合客戶保守需求' : null }));
    const partly = await kit.call('proposals.update', {
      id: draft.id,
      version: draft.version,
      content: { ...content, items },
    });
    const still = await kit.fail('proposals.present', { id: draft.id, version: partly.version });
    expect(
      reasonsOf(still.details)
        .filter((r) => r.code === 'rationale_missing')
        .map((r) => r.productCode),
    ).toEqual(['B4']);
    const all = items.map((item) => ({ ...item, rationale: '配合客戶保守需求' }));
    const done = await kit.call('proposals.update', {
      id: draft.id,
      version: partly.version,
      content: { ...content, items: all },
    });
    const shown = await kit.call('proposals.present', { id: draft.id, version: done.version });
    expect(shown.state).toBe('presented');
    expect(shown.snapshot?.largeType).toBe(true);
  });

  it('follows the override path: refused until approved, then needs the product’s 推介理由', async () => {
    const products = await fourProducts(kit, [1, 1, 1, 5]);
    const clientId = await clientWithHoldings(kit);
    const content = contentOf(products);
    const draft = await kit.call('proposals.create', { clientId, content });
    const refused = await kit.fail('proposals.present', { id: draft.id, version: draft.version });
    expect(reasonsOf(refused.details)).toContainEqual({ code: 'override_missing', productCode: 'B4' });

    const check = await kit.call('suitability.check', {
      clientId,
      items: content.items.map((i) => ({ productId: i.productId, weightPercent: i.weight * 100 })),
    });
    const finding = check.findings.find(
      (f) => f.severity === 'needs_approval' && f.productId === products[3],
    )!;
    const override = await kit.call('suitability.requestOverride', {
      checkId: check.checkId,
      code: finding.code,
      productId: finding.productId,
      subject: finding.subject,
      reason: '客戶明確要求並了解風險',
    });
    await kit.call('suitability.approveOverride', {
      id: override.id,
      supervisorName: '王主管',
      approvedOn: '2026-11-30',
      reference: 'A-001',
    });
    const noRationale = await kit.fail('proposals.present', { id: draft.id, version: draft.version });
    expect(reasonsOf(noRationale.details)).toEqual([{ code: 'rationale_missing', productCode: 'B4' }]);
    const items = content.items.map((item, i) =>
      i === 3 ? { ...item, rationale: '客戶要求之成長部位' } : item,
    );
    const updated = await kit.call('proposals.update', {
      id: draft.id,
      version: draft.version,
      content: { ...content, items },
    });
    const shown = await kit.call('proposals.present', { id: draft.id, version: updated.version });
    expect(shown.snapshot?.suitability.findings.some((f) => f.severity === 'overridden')).toBe(true);
  });
});

describe('deciding', () => {
  it('records a full acceptance with every product', async () => {
    const { proposal, products } = await presented();
    const decided = await kit.call('proposals.decide', {
      id: proposal.id,
      version: proposal.version,
      outcome: 'accepted',
      decidedOn: '2026-11-30',
    });
    expect(decided.state).toBe('accepted');
    expect(decided.decision?.acceptedProductIds).toEqual(products);
    const again = await kit.fail('proposals.decide', {
      id: proposal.id,
      version: decided.version,
      outcome: 'declined',
      reason: '改變心意',
      decidedOn: '2026-11-30',
    });
    expect(again.code).toBe('CONFLICT');
    expect(() =>
      kit.core.session.database().prepare("UPDATE proposal_decisions SET outcome = 'declined'").run(),
    ).toThrow(/never changed/);
  });

  it('needs a strict non-empty subset and a reason for a partial acceptance, and a reason to decline', async () => {
    const { proposal, products } = await presented();
    const base = { id: proposal.id, version: proposal.version, decidedOn: '2026-11-30' };
    const all = await kit.fail('proposals.decide', {
      ...base,
      outcome: 'partly_accepted',
      acceptedProductIds: products,
      reason: '部分',
    });
    expect(JSON.stringify(all.details)).toContain('validation.partlyAccepted');
    const noReason = await kit.fail('proposals.decide', {
      ...base,
      outcome: 'partly_accepted',
      acceptedProductIds: products.slice(0, 2),
    });
    expect(JSON.stringify(noReason.details)).toContain('"reason"');
    const declineNoReason = await kit.fail('proposals.decide', { ...base, outcome: 'declined' });
    expect(JSON.stringify(declineNoReason.details)).toContain('"reason"');
    const early = await kit.fail('proposals.decide', {
      ...base,
      outcome: 'accepted',
      decidedOn: '2026-11-29',
    });
    expect(JSON.stringify(early.details)).toContain('validation.decidedBeforePresented');
    const partly = await kit.call('proposals.decide', {
      ...base,
      outcome: 'partly_accepted',
      acceptedProductIds: [products[2]!, products[0]!],
      reason: '只想先投入債券',
    });
    expect(partly.state).toBe('partly_accepted');
    expect(partly.decision?.acceptedProductIds).toEqual([products[0], products[2]]);
  });

  it('reads a presented proposal as expired after its validity, and refuses a decision then', async () => {
    const { proposal } = await presented();
    kit.setNow('2026-12-30T02:00:00Z');
    expect((await kit.call('proposals.get', { id: proposal.id })).state).toBe('presented');
    kit.setNow('2026-12-31T02:00:00Z');
    expect((await kit.call('proposals.get', { id: proposal.id })).state).toBe('expired');
    expect(await kit.call('proposals.list', { state: 'expired' })).toHaveLength(1);
    const late = await kit.fail('proposals.decide', {
      id: proposal.id,
      version: proposal.version,
      outcome: 'accepted',
      decidedOn: '2026-12-31',
    });
    expect(late.code).toBe('VALIDATION');
    expect(JSON.stringify(late.details)).toContain('validation.decidedAfterExpiry');
    // An answer the client gave in time is recorded after the expiry day.
    const decided = await kit.call('proposals.decide', {
      id: proposal.id,
      version: proposal.version,
      outcome: 'accepted',
      decidedOn: '2026-12-29',
    });
    expect(decided.state).toBe('accepted');
    const again = await kit.fail('proposals.decide', {
      id: proposal.id,
      version: decided.version,
      outcome: 'declined',
      reason: '改變心意',
      decidedOn: '2026-12-29',
    });
    expect(again.code).toBe('CONFLICT');
  });
});

describe('new versions', () => {
  it('copies the content into a new draft with the same number, the next revision and a link back', async () => {
    const { proposal } = await presented();
    const next = await kit.call('proposals.newVersion', { id: proposal.id });
    expect(next.state).toBe('draft');
    expect(next.number).toBe(`${proposal.number}-r2`);
    expect(next.revision).toBe(2);
    expect(next.previousId).toBe(proposal.id);
    expect(next.content).toEqual(proposal.content);
    // Only the latest revision is copied: two drafts from one presented proposal would both be answered.
    const stale = await kit.fail('proposals.newVersion', { id: proposal.id });
    expect((stale.details as { reason: string }).reason).toBe('not_latest_revision');
    expect((await kit.fail('proposals.newVersion', { id: next.id })).code).toBe('CONFLICT');
  });
});

describe('the database', () => {
  it('keeps presented proposals and decisions, yet lets a removed client take them along', async () => {
    const { proposal, clientId } = await presented();
    await kit.call('proposals.decide', {
      id: proposal.id,
      version: proposal.version,
      outcome: 'declined',
      reason: '再考慮',
      decidedOn: '2026-11-30',
    });
    await kit.call('proposals.newVersion', { id: proposal.id });
    const db = kit.core.session.database();
    expect(() => db.prepare('DELETE FROM proposal_decisions').run()).toThrow(/kept/);
    expect(() => db.prepare("DELETE FROM proposals WHERE state <> 'draft'").run()).toThrow(/kept/);
    db.prepare('DELETE FROM clients WHERE id = ?').run(clientId);
    expect(db.prepare('SELECT count(*) AS n FROM proposals').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM proposal_decisions').get()).toEqual({ n: 0 });
  });
});
