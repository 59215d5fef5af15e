import { describe, expect, it } from 'vitest';
import { ProductsRepository } from '../../../../electron/core/features/products';
import { productInputSchema } from '../../../../shared/features/products';
import { NOW, freshDatabasePerTest, newId } from '../../db/fixtures';
import { productInput } from './fixtures';

const test = freshDatabasePerTest();
const data = (overrides = {}) => productInputSchema.parse(productInput(overrides));
const created = (p: { id: string }) => ({
  productId: p.id,
  at: NOW,
  author: null,
  kind: 'created' as const,
  fields: [],
  fromState: null,
  toState: null,
  text: null,
});

describe('ProductsRepository on the encrypted database', () => {
  it('stores every field and reads it back', () => {
    const repo = new ProductsRepository(test.db);
    const id = newId();
    repo.insertMany(
      [{ id, data: data(), state: 'approved', stateChangedBy: '林顧問', isDemo: true }],
      NOW,
      created,
    );
    expect(repo.get(id)).toEqual({
      ...data(),
      id,
      state: 'approved',
      stateChangedBy: '林顧問',
      stateChangedAt: NOW,
      isDemo: true,
      version: 1,
      createdAt: NOW,
      updatedAt: NOW,
    });
    expect(repo.notesOf(id)).toHaveLength(1);
    expect(repo.codes()).toEqual(new Set(['TEST01']));
  });

  it('refuses, in the database itself, a firm rating below the issuer rating', () => {
    const repo = new ProductsRepository(test.db);
    const id = newId();
    repo.insertMany(
      [{ id, data: data(), state: 'draft', stateChangedBy: null, isDemo: false }],
      NOW,
      created,
    );
    expect(() =>
      test.db.prepare('UPDATE products SET risk_rating = 2, issuer_risk_rating = 3 WHERE id = ?').run(id),
    ).toThrow(/CHECK constraint/);
    expect(() => test.db.prepare('UPDATE products SET risk_rating = 6 WHERE id = ?').run(id)).toThrow(
      /CHECK/,
    );
  });

  it('writes many products all or none: a repeated code rolls the whole batch back', () => {
    const repo = new ProductsRepository(test.db);
    const rows = ['A', 'B', 'a'].map((code) => ({
      id: newId(),
      data: data({ code }),
      state: 'draft' as const,
      stateChangedBy: null,
      isDemo: false,
    }));
    expect(() => repo.insertMany(rows, NOW, created)).toThrow(/another product has this code/);
    expect(repo.count()).toBe(0);
    expect(test.db.prepare('SELECT count(*) FROM product_notes').pluck().get()).toBe(0);
  });
});
