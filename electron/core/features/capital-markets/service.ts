import {
  BUILT_IN_ASSUMPTIONS,
  missingClassProblems,
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
 * Capital-market assumptions: the version this release ships (built in) and the firm's imports.
 * New proposals use the active one; a proposal reads back the version it names. A shipped version
 * is stored once a proposal names it (`keep`), so the drafts made on it outlive the release.
 */
export class AssumptionsService {
  constructor(
    private readonly repository: () => AssumptionsRepository,
    private readonly now: () => number,
    /** This release's version (a test gives another to play a later release). */
    private readonly builtIn: AssumptionsFile = BUILT_IN_ASSUMPTIONS,
  ) {}

  private activeVersion(): string {
    return this.repository().latestActivation()?.version ?? this.builtIn.version;
  }

  /** The version new proposals use. */
  active(): AssumptionsFile {
    return this.byVersion(this.activeVersion());
  }

  /** A version on file (NOT_FOUND naming it otherwise). */
  byVersion(version: string): AssumptionsFile {
    const found =
      this.repository().byVersion(version) ?? (version === this.builtIn.version ? this.builtIn : null);
    if (!found) throw new AppError('NOT_FOUND', `no capital-market assumptions version ${version}`);
    return found;
  }

  /**
   * The version a proposal being written names (NOT_FOUND otherwise), stored first when it is the
   * built-in one: a later release ships another, and this proposal must still find its own.
   */
  keep(version: string): AssumptionsFile {
    const found = this.byVersion(version);
    const repository = this.repository();
    if (found === this.builtIn && !repository.byVersion(version)) {
      repository.insert(found, new Date(this.now()).toISOString(), { shipped: true });
    }
    return found;
  }

  /** This release's version first, then the stored ones (imports, earlier releases') in the order they came. */
  list(): AssumptionsSummary[] {
    const repository = this.repository();
    const active = this.activeVersion();
    const activations = repository.lastActivations();
    const stored = repository.all().filter((s) => s.document.version !== this.builtIn.version);
    const all = [{ document: this.builtIn, importedAt: null, shipped: true }, ...stored];
    return all.map(({ document, importedAt, shipped }) => ({
      version: document.version,
      asOf: document.asOf,
      source: document.source,
      assetCount: document.assets.length,
      importedAt: shipped ? null : importedAt,
      builtIn: shipped,
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
    const missing = missingClassProblems(file);
    if (missing.length > 0) throw refused('the assumptions document lacks asset classes', missing);
    if (file.version === this.builtIn.version || this.repository().byVersion(file.version)) {
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
