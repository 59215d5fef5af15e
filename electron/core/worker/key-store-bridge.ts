import { MessageChannel, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import type { DeviceKeyStore } from '../vault/device-key-store';

/**
 * The OS keychain (Electron's safeStorage) exists only on the main thread, while the vault that
 * needs it runs in the core worker. The worker asks over a MessagePort and sleeps on a shared flag
 * until the main thread has answered, so DeviceKeyStore stays synchronous on both sides. The main
 * thread never waits on the worker, so the two cannot deadlock.
 */

/** Handed to the worker in workerData (the port in the transfer list). */
export interface KeyStoreLink {
  port: MessagePort;
  /** One Int32: 0 while a question is open, 1 once its answer is on the port. */
  answered: SharedArrayBuffer;
}

/** Numbered, so an answer that comes after its question timed out is never taken for the next one's. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

type Question = { id: number } & ({ op: 'isAvailable' } | { op: 'seal' | 'unseal'; bytes: Uint8Array });
type Answer = { id: number } & ({ ok: true; available?: boolean; bytes?: Uint8Array } | { ok: false });

/** The main thread is idle apart from bridging; a question unanswered this long means it is gone. */
const ANSWER_TIMEOUT_MS = 30_000;

function answer(store: DeviceKeyStore, question: Question): Answer {
  try {
    if (question.op === 'isAvailable') return { id: question.id, ok: true, available: store.isAvailable() };
    const given = Buffer.from(question.bytes);
    question.bytes.fill(0); // the copy that crossed from the worker
    try {
      const result = question.op === 'seal' ? store.seal(given) : store.unseal(given);
      try {
        return { id: question.id, ok: true, bytes: new Uint8Array(result) };
      } finally {
        // An unsealed data key: only the reply keeps it (a sealed one belongs to the key store).
        if (question.op === 'unseal') result.fill(0);
      }
    } finally {
      given.fill(0); // a data key (seal) or its sealed form: kept no longer than needed
    }
  } catch {
    return { id: question.id, ok: false };
  }
}

/** Main thread: answers the worker's questions with the real key store. */
export function serveKeyStore(store: DeviceKeyStore): { link: KeyStoreLink; close(): void } {
  const { port1: mine, port2: theirs } = new MessageChannel();
  const answered = new SharedArrayBuffer(4);
  const flag = new Int32Array(answered);
  mine.on('message', (question: Question) => {
    const reply = answer(store, question);
    mine.postMessage(reply);
    if (reply.ok) reply.bytes?.fill(0); // postMessage copied it
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
  });
  mine.unref(); // the worker, not this port, decides how long the process lives
  return { link: { port: theirs, answered }, close: () => mine.close() };
}

/** Worker thread: a DeviceKeyStore whose every call is a question to the main thread. */
export function keyStoreOverLink(link: KeyStoreLink): DeviceKeyStore {
  const flag = new Int32Array(link.answered);
  let lastId = 0;
  const ask = (asked: DistributiveOmit<Question, 'id'>): Answer & { ok: true } => {
    const id = ++lastId;
    Atomics.store(flag, 0, 0);
    link.port.postMessage({ ...asked, id });
    if (Atomics.wait(flag, 0, 0, ANSWER_TIMEOUT_MS) === 'timed-out') {
      throw new Error('the OS keychain did not answer');
    }
    // Answers to questions that timed out earlier are dropped (and wiped) on the way.
    for (;;) {
      const reply = receiveMessageOnPort(link.port)?.message as Answer | undefined;
      if (reply === undefined) throw new Error('the OS keychain did not answer');
      if (reply.id !== id) {
        if (reply.ok) reply.bytes?.fill(0);
        continue;
      }
      if (!reply.ok) throw new Error('the OS keychain refused');
      return reply;
    }
  };
  // Fresh copies both ways: a small Buffer is a view on a shared pool that must not be cloned whole.
  const askBytes = (op: 'seal' | 'unseal', given: Buffer): Buffer => {
    const bytes = new Uint8Array(given);
    try {
      const reply = ask({ op, bytes });
      const result = Buffer.from(reply.bytes ?? new Uint8Array());
      reply.bytes?.fill(0);
      return result;
    } finally {
      bytes.fill(0);
    }
  };
  return {
    isAvailable: () => {
      try {
        return ask({ op: 'isAvailable' }).available === true;
      } catch {
        return false;
      }
    },
    seal: (plain) => askBytes('seal', plain),
    unseal: (sealed) => askBytes('unseal', sealed),
  };
}
