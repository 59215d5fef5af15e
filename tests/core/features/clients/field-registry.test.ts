import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, clientsToCsv, parseClientCsv } from '../../../../electron/core/features/clients/csv';
import {
  CLIENT_FIELDS,
  CLIENT_LABELS,
  clientValueSpellings,
} from '../../../../shared/features/clients/fields';
import { clientInputSchema } from '../../../../shared/features/clients/schema';
import { LANGUAGES } from '../../../../shared/i18n/messages';
import { messages } from '../../../../renderer/src/app/messages';

const ROOT = join(import.meta.dirname, '../../../..');
const REGISTRY = 'shared/features/clients/fields.ts';
const LOCALES = messages;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mjs)$/.test(name) ? [path] : [];
  });
}

describe('the client field registry', () => {
  it('names every field of the client schema, plus the two times the store keeps', () => {
    const keys = CLIENT_FIELDS.map((field) => field.key);
    expect([...keys].sort()).toEqual(
      [...Object.keys(clientInputSchema.shape), 'createdAt', 'updatedAt'].sort(),
    );
    for (const language of LANGUAGES) {
      const labels = CLIENT_FIELDS.map((field) => field.label[language]);
      expect(new Set(labels).size, language).toBe(labels.length);
    }
  });

  it('gives the screens its labels in both languages (the locales do not type them again)', () => {
    for (const language of LANGUAGES) {
      for (const field of CLIENT_FIELDS) {
        expect(LOCALES[language][field.labelKey], `${language} ${field.key}`).toBe(field.label[language]);
      }
      for (const [group, values] of Object.entries(CLIENT_LABELS[language])) {
        for (const [code, text] of Object.entries(values)) {
          expect((LOCALES[language] as Record<string, string>)[`${group}.${code}`]).toBe(text);
        }
      }
    }
  });

  it('is the only place a zh-TW field or value label is written', () => {
    const labels = new Set([
      ...CLIENT_FIELDS.map((field) => field.label['zh-TW']),
      ...Object.values(CLIENT_LABELS['zh-TW']).flatMap((values) => Object.values(values)),
    ]);
    const found: string[] = [];
    for (const dir of ['shared', 'electron', 'renderer/src']) {
      for (const file of sourceFiles(join(ROOT, dir))) {
        const path = relative(ROOT, file);
        if (path === REGISTRY) continue;
        const source = readFileSync(file, 'utf8');
        for (const label of labels) {
          // As a whole string literal or as the whole text of a JSX element.
          const literal = new RegExp(`(['"\`])${label}\\1|>\\s*${label}\\s*<`);
          if (literal.test(source)) found.push(`${path}: ${label}`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('gives the CSV its headers, and an import takes each label in either language or an alias', () => {
    const csvFields = CLIENT_FIELDS.flatMap((field) => (field.csv ? [field] : []));
    expect(CSV_COLUMNS).toEqual(csvFields.map((field) => field.csv!.header));
    expect(clientsToCsv([], { includeNationalId: true }).trimEnd()).toBe(`\uFEFF${CSV_COLUMNS.join(',')}`);
    const headerings = [
      (f: (typeof csvFields)[number]) => f.label['zh-TW'],
      (f: (typeof csvFields)[number]) => f.label.en,
      ...[0, 1, 2].map((i) => (f: (typeof csvFields)[number]) => f.csv!.aliases[i] ?? f.csv!.header),
    ];
    for (const heading of headerings) {
      const header = csvFields.map(heading).join(',');
      const row = csvFields.map((f) =>
        f.key === 'name' ? '王明' : f.key === 'nationalId' ? 'A123456789' : '',
      );
      expect(parseClientCsv(`${header}\n${row.join(',')}\n`).rows, header).toHaveLength(1);
    }
  });

  it('matches the column table of docs/csv-format.md', () => {
    const doc = readFileSync(join(ROOT, 'docs/csv-format.md'), 'utf8');
    const table = doc.slice(doc.indexOf('| Header'), doc.indexOf('\n\n', doc.indexOf('| Header')));
    const rows = table
      .split('\n')
      .slice(2)
      .map((line) => line.split('|').map((cell) => cell.trim()));
    const documented = rows.map(([, header, accepted]) => [header!.replaceAll('`', ''), accepted]);
    const expected = CLIENT_FIELDS.flatMap((field) =>
      field.csv
        ? [[field.csv.header, [field.label['zh-TW'], field.label.en, ...field.csv.aliases].join(', ')]]
        : [],
    );
    expect(documented).toEqual(expected);
  });

  it('matches the codes table of docs/csv-format.md', () => {
    const doc = readFileSync(join(ROOT, 'docs/csv-format.md'), 'utf8');
    const documented = doc
      .slice(doc.indexOf('| Column'))
      .split('\n\n', 1)[0]!
      .split('\n')
      .slice(2)
      .map((line) => line.split('|')[2]!.trim());
    const expected = (['gender', 'status', 'acquisition'] as const).map((group) =>
      Object.entries(clientValueSpellings(group) as Record<string, string[]>)
        .map(
          ([code, [zh, , ...aliases]]) =>
            `\`${code}\` ${zh}${aliases.length ? ` (${aliases.join(', ')})` : ''}`,
        )
        .join(' · '),
    );
    expect(documented).toEqual(expected);
  });
});
