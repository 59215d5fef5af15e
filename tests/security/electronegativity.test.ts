import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

interface Finding {
  id: string;
  file: string;
  location: { line: number };
  description: string;
}
interface Allowed {
  excludedChecks: { check: string; reason: string }[];
  findings: { id: string; file: string; reason: string }[];
}
type Runner = (
  options: Record<string, unknown>,
  forCli: boolean,
) => Promise<{ issues: Finding[]; errors: unknown[] }>;

/**
 * Electronegativity's programmatic runner (its CLI breaks on the hoisted commander 14), kept
 * offline: the one network call it makes on its own (fetching translations through `got`) is
 * answered "offline" before it loads, and the check that downloads Electron's release list is
 * excluded in the allow-list file.
 */
function loadRunner(): Runner {
  const runnerFile = require.resolve('@doyensec/electronegativity/dist/runner.js');
  const requireFromRunner = createRequire(runnerFile);
  const got = requireFromRunner.resolve('got');
  const offline = () => Promise.reject(new Error('offline'));
  requireFromRunner.cache[got] = { id: got, filename: got, loaded: true, exports: offline } as NodeJS.Module;
  return requireFromRunner(runnerFile) as Runner;
}

const allowed = JSON.parse(
  readFileSync(resolve(ROOT, 'security/electronegativity-allow.json'), 'utf8'),
) as Allowed;
let sources: string;
let findings: Finding[];

beforeAll(async () => {
  // The Electron-facing sources (main, preload, core, the renderer and its CSP) and package.json,
  // without the build output, tests or node_modules.
  sources = mkdtempSync(join(tmpdir(), 'advisordesk-electronegativity-'));
  for (const part of ['electron', 'renderer', 'package.json']) {
    cpSync(resolve(ROOT, part), join(sources, part), {
      recursive: true,
      filter: (path) => !path.includes('node_modules'),
    });
  }
  const log = console.log;
  console.log = () => undefined; // its "could not retrieve translations" line
  try {
    const result = await loadRunner()(
      {
        input: sources,
        isRelative: true,
        electronVersionOverride: '45.5.0',
        excludeFromScan: allowed.excludedChecks.map((e) => e.check),
      },
      false,
    );
    expect(result.errors).toEqual([]);
    findings = result.issues;
  } finally {
    console.log = log;
  }
}, 120_000);
afterAll(() => rmSync(sources, { recursive: true, force: true }));

const isAllowed = (finding: Finding) =>
  allowed.findings.some((a) => a.id === finding.id && a.file === finding.file);

describe('Electronegativity over the sources', () => {
  it('finds nothing that is not in security/electronegativity-allow.json', () => {
    const unexpected = findings
      .filter((finding) => !isAllowed(finding))
      .map((f) => `${f.id} ${f.file}:${f.location.line} ${f.description}`);
    expect(unexpected).toEqual([]);
  });

  it('lists no entry without a reason, and none that no finding matches any more', () => {
    for (const entry of [...allowed.findings, ...allowed.excludedChecks])
      expect(entry.reason.length).toBeGreaterThan(40);
    const stale = allowed.findings.filter((a) => !findings.some((f) => f.id === a.id && f.file === a.file));
    expect(stale).toEqual([]);
  });
});
