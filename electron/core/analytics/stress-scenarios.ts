import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenariosFile, type ScenariosFile } from '../../../shared/analytics';

/**
 * The shipped stress scenarios (resources/analytics/stress-scenarios.json), read and validated once
 * per process and per directory: every proposal analysis runs all of them.
 */

export const STRESS_SCENARIOS_FILE = 'stress-scenarios.json';

const loaded = new Map<string, ScenariosFile>();

/** The scenarios of `analyticsDir` (e.g. resolve(REPO_ROOT, 'resources/analytics')). */
export function loadStressScenarios(analyticsDir: string): ScenariosFile {
  let scenarios = loaded.get(analyticsDir);
  if (!scenarios) {
    scenarios = parseScenariosFile(
      JSON.parse(readFileSync(join(analyticsDir, STRESS_SCENARIOS_FILE), 'utf8')),
    );
    loaded.set(analyticsDir, scenarios);
  }
  return scenarios;
}
