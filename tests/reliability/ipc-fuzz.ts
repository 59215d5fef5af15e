import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { z } from 'zod';
import { createCore, type Core, type DeviceKeyStore } from '../../electron/core/app';
import { CHANNELS, contract, type Channel } from '../../shared/ipc/contract';
import { ERROR_CODES } from '../../shared/ipc/result';
import { makeTempDataDir, removeTempDataDir } from '../core/helpers/temp-dir';
import { cheapenEnvelope } from './cheap-envelope';
import { arbitraryFor, invalidArbitraryFor, type ValuePools } from './zod-arbitrary';

/**
 * The IPC fuzz: every channel of the contract (enumerated from it) is called through the core's
 * router, as the window, the browser host and the CLI call it, with inputs drawn from its zod
 * schema (valid-shaped ones that reach the handler, with ids of real rows) and around it (anything
 * at all, a field dropped, retyped or added). Counted: crashes (a rejected call, an unhandled
 * exception or rejection, an INTERNAL answer: an exception no handler expected), answers that are
 * not the ok/error envelope, and partial writes (an error answer after which the database or the
 * key envelope differs from before the call). Each channel runs on a fresh copy of one seeded vault.
 */

export interface FuzzOptions {
  inputsPerChannel: number;
  /** Valid-shaped calls per channel that fill the template vault with varied rows first. */
  warmUpPerChannel: number;
  seed: number;
  /** Default: every channel of the contract. */
  channels?: readonly Channel[];
  log?: (line: string) => void;
}

export interface ChannelFigures {
  channel: Channel;
  calls: number;
  /** Answers ok, and inputs the channel's schema accepts (so the handler ran). */
  ok: number;
  passedSchema: number;
  crashes: number;
  nonEnvelope: number;
  partialWrites: number;
  slowestMs: number;
  ms: number;
}

export interface FuzzFigures {
  channels: ChannelFigures[];
  /** What each crash, odd answer or partial write was: channel, kind and a short description. */
  findings: { channel: Channel; kind: string; what: string }[];
  ms: number;
}

const PASSPHRASE = 'fuzz vault passphrase 1';

/** "Remember on this computer" without an OS keychain: lets a locked copy reopen without scrypt. */
const MASK = 0x5a;
export const fakeKeychain: DeviceKeyStore = {
  isAvailable: () => true,
  seal: (plain) => Buffer.concat([Buffer.from('fake:'), Buffer.from(plain.map((b) => b ^ MASK))]),
  unseal: (sealed) => Buffer.from(sealed.subarray(5).map((b) => b ^ MASK)),
};

const envelopeSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }).strict(),
  z
    .object({
      ok: z.literal(false),
      error: z
        .object({ code: z.enum(ERROR_CODES), message: z.string().min(1), details: z.unknown().optional() })
        .strict(),
    })
    .strict(),
]);

function openCore(dataDir: string): Core {
  return createCore({ dataDir, deviceKeyStore: fakeKeychain, logError: () => undefined, checkOutputs: true });
}

/** Reopens a copy a call locked: with the remembered key, else the passphrases set so far. */
async function reopen(core: Core, passphrases: readonly string[] = []): Promise<void> {
  if (core.session.isUnlocked()) return;
  const device = await core.invoke('vault.unlockWithDevice', {});
  if (device.ok) return;
  for (const passphrase of [...passphrases].reverse().concat(PASSPHRASE)) {
    const unlocked = await core.invoke('vault.unlock', { passphrase, remember: true });
    if (unlocked.ok) return;
  }
  throw new Error('fuzz: the vault copy does not reopen');
}

/** Passphrases a successful call may have set: a change's or recovery's new one, a restored backup's. */
function passphrasesIn(input: unknown): string[] {
  const given = input as { passphrase?: unknown; newPassphrase?: unknown } | null;
  return [given?.passphrase, given?.newPassphrase].filter((p): p is string => typeof p === 'string');
}

/**
 * The key envelope and every table's rows, hashed: equal before and after means nothing changed.
 * The tables are compared only when the database is open both times (a call may lock it).
 */
interface Fingerprint {
  envelope: string;
  tables: string | null;
}

function fingerprint(core: Core, dataDir: string): Fingerprint {
  const file = join(dataDir, 'vault.json');
  const envelope = createHash('sha256')
    .update(existsSync(file) ? readFileSync(file) : Buffer.alloc(0))
    .digest('hex');
  if (!core.session.isUnlocked()) return { envelope, tables: null };
  const hash = createHash('sha256');
  const db = core.session.database();
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];
  for (const table of tables) {
    hash.update(`\u0000${table}\u0000`);
    for (const row of db.prepare(`SELECT * FROM "${table}"`).raw().iterate()) {
      hash.update(JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v)));
    }
  }
  return { envelope, tables: hash.digest('hex') };
}

const differ = (a: Fingerprint, b: Fingerprint) =>
  a.envelope !== b.envelope || (a.tables !== null && b.tables !== null && a.tables !== b.tables);

/** Rows written by the open connection so far (rolled back ones too), with the connection itself. */
function changesOf(core: Core): { db: unknown; changes: number } {
  if (!core.session.isUnlocked()) return { db: null, changes: -1 };
  const db = core.session.database();
  return { db, changes: db.prepare('SELECT total_changes()').pluck().get() as number };
}

const sameChanges = (a: { db: unknown; changes: number }, b: { db: unknown; changes: number }) =>
  a.db === b.db && a.changes === b.changes;

/** The key other channels name a feature's own `id` by. */
const ID_KEY_OF_FEATURE: Record<string, readonly string[]> = {
  clients: ['clientId'],
  products: ['productId'],
  goals: ['goalId'],
  proposals: ['proposalId'],
  kyc: ['assessmentId'],
  suitability: ['checkId'],
  classes: ['applicationId'],
};

interface Harvest {
  ids: Map<string, Set<string>>;
  texts: Map<string, Set<string>>;
}

function keep(map: Map<string, Set<string>>, key: string, value: string, limit: number): void {
  const seen = map.get(key) ?? new Set<string>();
  if (seen.size < limit) seen.add(value);
  map.set(key, seen);
}

/** Ids and file contents found in a channel's answer, for later inputs. */
function harvest(value: unknown, found: Harvest, feature: string, key = ''): void {
  if (typeof value === 'string') {
    if (key === 'id') {
      for (const name of [`${feature}:id`, ...(ID_KEY_OF_FEATURE[feature] ?? [])])
        keep(found.ids, name, value, 60);
    } else if (/Id$/.test(key) && value.length > 0) keep(found.ids, key, value, 60);
    else if (value.length >= 20 && key) keep(found.texts, key, value, 4);
  } else if (Array.isArray(value)) {
    for (const item of value.slice(0, 50)) harvest(item, found, feature, key);
  } else if (value && typeof value === 'object' && !(value instanceof Uint8Array)) {
    for (const [k, v] of Object.entries(value)) harvest(v, found, feature, k);
  }
}

const featureOf = (channel: Channel) => channel.slice(0, channel.indexOf('.'));

function poolsOf(found: Harvest, recoveryCode: string, channel: Channel): ValuePools {
  const ids: Record<string, string[]> = Object.fromEntries(
    [...found.ids].filter(([k]) => !k.includes(':')).map(([k, v]) => [k, [...v]]),
  );
  const own = found.ids.get(`${featureOf(channel)}:id`);
  if (own) ids.id = [...own];
  return {
    ids,
    texts: Object.fromEntries([...found.texts].map(([k, v]) => [k, [...v]])),
    secrets: { passphrase: [PASSPHRASE], currentPassphrase: [PASSPHRASE], recoveryCode: [recoveryCode] },
  };
}

const inputsFor = (channel: Channel, pools: ValuePools, count: number, seed: number, validOnly = false) => {
  const schema = contract[channel].input;
  const valid = arbitraryFor(schema, pools);
  const arb = validOnly ? valid : fc.oneof(valid, invalidArbitraryFor(schema, pools));
  return fc.sample(arb, { numRuns: count, seed });
};

/** An input, shortened, for a finding's description. */
const describe = (input: unknown): string => {
  const text = JSON.stringify(input, (_k, v: unknown) =>
    typeof v === 'string' && v.length > 40 ? `${v.slice(0, 40)}…` : v,
  );
  return (text ?? String(input)).slice(0, 300);
};

export async function runIpcFuzz(options: FuzzOptions): Promise<FuzzFigures> {
  const started = Date.now();
  const log = options.log ?? (() => undefined);
  const channels = options.channels ?? CHANNELS;
  const findings: FuzzFigures['findings'] = [];
  const unhandled: unknown[] = [];
  const onUnhandled = (error: unknown) => unhandled.push(error);
  process.on('unhandledRejection', onUnhandled);
  process.on('uncaughtException', onUnhandled);
  const template = makeTempDataDir('advisordesk-fuzz-template-');
  // Channels that write files (backups) take relative paths from the inputs: resolved here.
  const scratch = makeTempDataDir('advisordesk-fuzz-cwd-');
  const cwd = process.cwd();
  process.chdir(scratch);
  try {
    // The template: a vault with demo clients and shelf, then a valid-shaped warm-up pass over
    // every channel so proposals, goals, KYC and holdings rows exist for the ids to point at.
    const core = openCore(template);
    const setup = await core.invoke('vault.setup', { passphrase: PASSPHRASE });
    if (!setup.ok) throw new Error(`fuzz: setup failed (${setup.error.code})`);
    const { recoveryCode } = setup.value as { recoveryCode: string };
    core.session.lock();
    await cheapenEnvelope(template, PASSPHRASE, recoveryCode);
    await core.invoke('vault.unlock', { passphrase: PASSPHRASE, remember: true });
    await core.invoke('demo.seed', { count: 8, seed: options.seed });
    await core.invoke('products.seedDemo', {});
    const harvested: Harvest = { ids: new Map(), texts: new Map() };
    const readers = channels.filter((c) => /\.(list|get|export\w*|questionnaires)$/.test(c));
    for (const channel of readers) {
      const result = await core.invoke(channel, {});
      if (result.ok) harvest(result.value, harvested, featureOf(channel));
    }
    for (let pass = 0; pass < 2; pass += 1) {
      for (const channel of [...readers, ...channels]) {
        // Vault channels and restores would change the secrets the copies reopen with.
        if (channel.startsWith('vault.') || channel === 'backup.restore') continue;
        const pools = poolsOf(harvested, recoveryCode, channel);
        for (const input of inputsFor(channel, pools, options.warmUpPerChannel, options.seed + pass, true)) {
          const result = await core.invoke(channel, input);
          if (result.ok) harvest(result.value, harvested, featureOf(channel));
          await reopen(core);
        }
      }
    }
    core.close();
    log(`fuzz template in ${Date.now() - started} ms`);
    log(
      `fuzz template: ids of ${[...harvested.ids.keys()].join(', ')}; texts of ${[...harvested.texts.keys()].join(', ')}`,
    );

    const figures: ChannelFigures[] = [];
    for (const [index, channel] of channels.entries()) {
      const pools = poolsOf(harvested, recoveryCode, channel);
      figures.push(
        await fuzzChannel(channel, template, pools, options.inputsPerChannel, options.seed + index, findings),
      );
      const last = figures.at(-1)!;
      if (last.crashes + last.nonEnvelope + last.partialWrites > 0 || options.inputsPerChannel >= 500)
        log(
          `${channel}: ${last.calls} calls, ${last.passedSchema} passed the schema, crashes ${last.crashes}, ` +
            `non-envelope ${last.nonEnvelope}, partial writes ${last.partialWrites}`,
        );
    }
    for (const error of unhandled) {
      findings.push({
        channel: 'app.info',
        kind: 'unhandled',
        what: error instanceof Error ? error.name : 'non-error',
      });
    }
    if (unhandled.length > 0) figures[0]!.crashes += unhandled.length;
    return { channels: figures, findings, ms: Date.now() - started };
  } finally {
    process.off('unhandledRejection', onUnhandled);
    process.off('uncaughtException', onUnhandled);
    process.chdir(cwd);
    removeTempDataDir(scratch);
    removeTempDataDir(template);
  }
}

async function fuzzChannel(
  channel: Channel,
  template: string,
  pools: ValuePools,
  count: number,
  seed: number,
  findings: FuzzFigures['findings'],
): Promise<ChannelFigures> {
  const dir = makeTempDataDir('advisordesk-fuzz-');
  const figures: ChannelFigures = {
    channel,
    calls: 0,
    ok: 0,
    passedSchema: 0,
    crashes: 0,
    nonEnvelope: 0,
    partialWrites: 0,
    slowestMs: 0,
    ms: 0,
  };
  const began = Date.now();
  const note = (kind: string, what: string) => {
    if (findings.filter((f) => f.channel === channel && f.kind === kind).length < 3)
      findings.push({ channel, kind, what });
  };
  cpSync(template, dir, { recursive: true });
  const core = openCore(dir);
  const passphrases: string[] = [];
  try {
    await reopen(core);
    let known = { changes: changesOf(core), print: fingerprint(core, dir) };
    for (const input of inputsFor(channel, pools, count, seed)) {
      if (!sameChanges(changesOf(core), known.changes))
        known = { changes: changesOf(core), print: fingerprint(core, dir) };
      const callBegan = Date.now();
      let answer: unknown;
      try {
        answer = await core.invoke(channel, input);
      } catch (error) {
        figures.crashes += 1;
        note('rejected', `${error instanceof Error ? error.name : 'throw'} for ${describe(input)}`);
        continue;
      } finally {
        figures.calls += 1;
        figures.slowestMs = Math.max(figures.slowestMs, Date.now() - callBegan);
      }
      const envelope = envelopeSchema.safeParse(answer);
      if (!envelope.success) {
        figures.nonEnvelope += 1;
        note('non-envelope', describe(answer));
        await reopen(core, passphrases);
        continue;
      }
      const result = envelope.data;
      if (result.ok) figures.ok += 1;
      if (result.ok) passphrases.push(...passphrasesIn(input));
      if (contract[channel].input.safeParse(input ?? {}).success) figures.passedSchema += 1;
      if (!result.ok) {
        if (result.error.code === 'INTERNAL') {
          figures.crashes += 1;
          note('INTERNAL', `${result.error.message} for ${describe(input)}`);
        }
        const changed = !sameChanges(changesOf(core), known.changes) || !core.session.isUnlocked();
        if (changed || channel.startsWith('vault.') || channel.startsWith('backup.')) {
          if (differ(fingerprint(core, dir), known.print)) {
            figures.partialWrites += 1;
            note('partial write', `${result.error.code} for ${describe(input)}`);
          }
        }
      }
      await reopen(core, passphrases);
    }
    figures.ms = Date.now() - began;
    return figures;
  } finally {
    core.close();
    removeTempDataDir(dir);
  }
}
