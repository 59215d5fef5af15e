import {
  BUILT_IN_ASSUMPTIONS,
  validateAssumptions,
  type AssumptionsFile,
  type AssumptionsProblem,
  type AssumptionsSummary,
} from '../../../../shared/features/capital-markets';
import { AppError } from '../../../../shared/ipc/result';
import type { AssumptionsRepository } from './repository';

function refused(what: string, problems: AssumptionsProblem[]): AppError {
  return new AppError('VALIDATION', `${what}: ${problems.length} problem(s)`, { problems });
}

/**
 * Capital-market assumptions: the built-in version (shipped, never stored) and the firm's
 * imports. New proposals use the active one; a proposal reads back the version it names.
 */
export class AssumptionsService {
  constructor(
    private readonly repository: () => AssumptionsRepository,
    private readonly now: () => number,
  ) {}

  private activeVersion(): string {
    return this.repository().latestActivation()?.version ?? BUILT_IN_ASSUMPTIONS.version;
  }

  /** The version new proposals use. */
  active(): AssumptionsFile {
    return this.byVersion(this.activeVersion());
  }

  /** A version on file (NOT_FOUND naming it otherwise). */
  byVersion(version: string): AssumptionsFile {
    const found =
      this.repository().byVersion(version) ??
      (version === BUILT_IN_ASSUMPTIONS.version ? BUILT_IN_ASSUMPTIONS : null);
    if (!found) throw new AppError('NOT_FOUND', `no capital-market assumptions version ${version}`);
    return found;
  }

  /** The built-in version first, then imports in the order they came. */
  list(): AssumptionsSummary[] {
    const repository = this.repository();
    const active = this.activeVersion();
    const activations = repository.lastActivations();
    const all = [{ document: BUILT_IN_ASSUMPTIONS, importedAt: null }, ...repository.all()];
    return all.map(({ document, importedAt }) => ({
      version: document.version,
      asOf: document.asOf,
      source: document.source,
      assetCount: document.assets.length,
      importedAt,
      builtIn: importedAt === null,
      active: document.version === active,
      activatedAt: activations.get(document.version) ?? null,
    }));
  }

  private summary(version: string): AssumptionsSummary {
    return this.list().find((s) => s.version === version)!;
  }

  /** A new version from a JSON document, validated as the engine validates it; not yet active. */
  import(raw: unknown): AssumptionsSummary {
    const check = validateAssumptions(raw);
    if (!check.ok) throw refused('the assumptions document has errors', check.problems);
    const { file } = check;
    if (file.version === BUILT_IN_ASSUMPTIONS.version || this.repository().byVersion(file.version)) {
      throw refused('the assumptions version exists', [
        {
          'zh-TW': `版本 ${file.version} 已存在，請使用新的版本名稱`,
          en: `version ${file.version} exists; give the new one another version`,
          assetId: null,
          cell: null,
        },
      ]);
    }
    this.repository().insert(file, new Date(this.now()).toISOString());
    return this.summary(file.version);
  }

  /** Makes a version on file the one new proposals use. */
  activate(version: string): AssumptionsSummary {
    this.byVersion(version);
    this.repository().activate(version, new Date(this.now()).toISOString());
    return this.summary(version);
  }
}
