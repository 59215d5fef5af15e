import type { z } from 'zod';
import type { AuditWords } from '../../ipc/define';
import { AppError } from '../../ipc/result';
import { assumptionsFileSchema, CORRELATION_TOL, parseAssumptions } from '../../analytics/assumptions';
import { ASSET_CLASSES, ASSET_CLASS_WORDS } from '../products';
import type { AssumptionsFile, AssumptionsProblem } from './schema';

/** What a field must be, in words (the engine's schema in shared/analytics/assumptions.ts). */
const FIELD_WORDS: Readonly<Record<string, AuditWords>> = {
  version: { 'zh-TW': '版本不可空白', en: 'version is required' },
  asOf: { 'zh-TW': '資料日期須為 YYYY-MM-DD', en: 'asOf must be YYYY-MM-DD' },
  baseCurrency: { 'zh-TW': '基準幣別須為 TWD', en: 'baseCurrency must be TWD' },
  source: { 'zh-TW': '資料來源不可空白', en: 'source is required' },
  method: { 'zh-TW': '估計方法不可空白', en: 'method is required' },
  assets: { 'zh-TW': '至少須有一個資產類別', en: 'at least one asset class is required' },
  correlations: { 'zh-TW': '相關係數矩陣須為數字的二維陣列', en: 'correlations must be rows of numbers' },
  id: {
    'zh-TW': '代碼須為 1 到 64 個英文字母、數字、_ . 或 -',
    en: 'id must be 1-64 letters, digits, _ . or -',
  },
  name: { 'zh-TW': '英文名稱不超過 200 字', en: 'name is at most 200 characters' },
  nameZh: { 'zh-TW': '中文名稱不超過 200 字', en: 'nameZh is at most 200 characters' },
  currency: { 'zh-TW': '幣別須為三個大寫英文字母', en: 'currency must be a three-letter code' },
  expectedReturn: {
    'zh-TW': '預期報酬須大於 -100% 且小於 1000%',
    en: 'expectedReturn must be above -100% and below 1000%',
  },
  volatility: {
    'zh-TW': '波動度須大於 0 且不超過 500%',
    en: 'volatility must be positive and at most 500%',
  },
  riskRating: { 'zh-TW': '風險等級須為 1 到 5 的整數', en: 'riskRating must be a whole number 1-5' },
  duration: { 'zh-TW': '存續期間須介於 0 與 50 年', en: 'duration must be 0 to 50 years' },
};

const CELL_RANGE: AuditWords = { 'zh-TW': '須為介於 -1 與 1 的數字', en: 'must be a number within [-1, 1]' };

export type AssumptionsCheck =
  { ok: true; file: AssumptionsFile } | { ok: false; problems: AssumptionsProblem[] };

function problem(
  where: AuditWords | null,
  what: AuditWords,
  at: { assetId?: string | null; cell?: [number, number] | null } = {},
): AssumptionsProblem {
  return {
    'zh-TW': where ? `${where['zh-TW']}：${what['zh-TW']}` : what['zh-TW'],
    en: where ? `${where.en}: ${what.en}` : what.en,
    assetId: at.assetId ?? null,
    cell: at.cell ?? null,
  };
}

/** 「資產類別 tw_equity（第 1 類）」: an asset named by its id and position. */
function assetWhere(index: number, id: string | null): AuditWords {
  return {
    'zh-TW': `資產類別 ${id ?? '?'}（第 ${index + 1} 類）`,
    en: `Asset class ${id ?? '?'} (#${index + 1})`,
  };
}

/** 「相關係數第 2 列第 3 欄（dm_equity × em_equity）」: a cell named by its row, column and classes. */
function cellWhere(i: number, j: number, ids: readonly (string | null)[]): AuditWords {
  const pair = `${ids[i] ?? '?'} × ${ids[j] ?? '?'}`;
  return {
    'zh-TW': `相關係數第 ${i + 1} 列第 ${j + 1} 欄（${pair}）`,
    en: `Correlation row ${i + 1}, column ${j + 1} (${pair})`,
  };
}

function rawIds(raw: unknown): (string | null)[] {
  const assets = (raw as { assets?: unknown } | null)?.assets;
  if (!Array.isArray(assets)) return [];
  return assets.map((a) => {
    const id = (a as { id?: unknown } | null)?.id;
    return typeof id === 'string' ? id : null;
  });
}

function shapeProblems(raw: unknown, error: z.ZodError): AssumptionsProblem[] {
  const ids = rawIds(raw);
  return error.issues.map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const [top, index, field] = path;
    if (top === 'assets' && typeof index === 'number') {
      const id = ids[index] ?? null;
      const what = FIELD_WORDS[typeof field === 'string' ? field : ''] ?? {
        'zh-TW': '格式錯誤',
        en: 'malformed',
      };
      return problem(assetWhere(index, id), what, { assetId: id });
    }
    if (top === 'correlations' && typeof index === 'number' && typeof field === 'number') {
      return problem(cellWhere(index, field, ids), CELL_RANGE, { cell: [index, field] });
    }
    const what = FIELD_WORDS[typeof top === 'string' ? top : ''] ?? {
      'zh-TW': '文件格式錯誤',
      en: 'the document is malformed',
    };
    return problem(null, what);
  });
}

/** What the engine's correlation check refuses, each problem naming its cell. */
function matrixProblems(file: AssumptionsFile): AssumptionsProblem[] {
  const ids = file.assets.map((a) => a.id);
  const m = file.correlations;
  const n = ids.length;
  const problems: AssumptionsProblem[] = [];
  const seen = new Set<string>();
  file.assets.forEach((a, index) => {
    if (seen.has(a.id)) {
      problems.push(
        problem(assetWhere(index, a.id), { 'zh-TW': '代碼重複', en: 'duplicate id' }, { assetId: a.id }),
      );
    }
    seen.add(a.id);
  });
  if (m.length !== n) {
    return [
      ...problems,
      problem(null, {
        'zh-TW': `相關係數矩陣有 ${m.length} 列，但有 ${n} 個資產類別`,
        en: `correlations has ${m.length} rows but there are ${n} asset classes`,
      }),
    ];
  }
  m.forEach((row, i) => {
    if (row.length !== n) {
      problems.push(
        problem(
          { 'zh-TW': `相關係數第 ${i + 1} 列（${ids[i]}）`, en: `Correlation row ${i + 1} (${ids[i]})` },
          { 'zh-TW': `有 ${row.length} 欄，應為 ${n} 欄`, en: `has ${row.length} entries, expected ${n}` },
          { assetId: ids[i] ?? null },
        ),
      );
    }
  });
  if (problems.length > 0) return problems;
  for (let i = 0; i < n; i++) {
    if (Math.abs(m[i]![i]! - 1) > CORRELATION_TOL) {
      problems.push(
        problem(
          cellWhere(i, i, ids),
          { 'zh-TW': `為 ${m[i]![i]}，對角線須為 1`, en: `is ${m[i]![i]}; the diagonal must be 1` },
          { cell: [i, i] },
        ),
      );
    }
    for (let j = 0; j < i; j++) {
      if (Math.abs(m[i]![j]! - m[j]![i]!) > CORRELATION_TOL) {
        problems.push(
          problem(
            cellWhere(i, j, ids),
            {
              'zh-TW': `為 ${m[i]![j]}，但第 ${j + 1} 列第 ${i + 1} 欄為 ${m[j]![i]}：矩陣須對稱`,
              en: `is ${m[i]![j]} but row ${j + 1}, column ${i + 1} is ${m[j]![i]}: the matrix must be symmetric`,
            },
            { cell: [i, j] },
          ),
        );
      }
    }
  }
  return problems;
}

/** The engine's own verdict, for what the checks above cannot name (a matrix that is not PSD). */
function engineProblems(raw: unknown): AssumptionsProblem[] {
  try {
    parseAssumptions(raw);
    return [];
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const min = (error.details as { minEigenvalue?: unknown } | undefined)?.minEigenvalue;
    if (typeof min === 'number') {
      return [
        problem(null, {
          'zh-TW': `相關係數矩陣不是半正定（最小特徵值 ${min.toPrecision(4)}）：部分相關係數互相矛盾，請修正`,
          en: `correlations is not positive semidefinite (smallest eigenvalue ${min.toPrecision(4)}): some correlations contradict each other`,
        }),
      ];
    }
    return [problem(null, { 'zh-TW': `文件錯誤：${error.message}`, en: error.message })];
  }
}

/**
 * The app's asset classes the document leaves out, one problem each: holdings, products and model
 * portfolios are in these classes, so a version without one could not analyse a proposal holding it.
 * Extra classes are allowed (nothing uses them).
 */
export function missingClassProblems(file: AssumptionsFile): AssumptionsProblem[] {
  const present = new Set(file.assets.map((a) => a.id));
  return ASSET_CLASSES.filter((id) => !present.has(id)).map((id) =>
    problem(
      {
        'zh-TW': `資產類別 ${id}（${ASSET_CLASS_WORDS[id]['zh-TW']}）`,
        en: `Asset class ${id} (${ASSET_CLASS_WORDS[id].en})`,
      },
      { 'zh-TW': '缺少：每個資產類別都須有假設', en: 'missing: every asset class needs assumptions' },
      { assetId: id },
    ),
  );
}

/**
 * Checks an assumptions document (parsed JSON) as the analytics engine does: every shape problem,
 * then the correlation matrix cell by cell, then the engine itself (`parseAssumptions`), so a
 * document passes here exactly when the engine accepts it.
 */
export function validateAssumptions(raw: unknown): AssumptionsCheck {
  const parsed = assumptionsFileSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: shapeProblems(raw, parsed.error) };
  const problems = matrixProblems(parsed.data);
  if (problems.length > 0) return { ok: false, problems };
  const engine = engineProblems(raw);
  return engine.length > 0 ? { ok: false, problems: engine } : { ok: true, file: parsed.data };
}
