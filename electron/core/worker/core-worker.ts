// The core worker's entry (built to out/main/core-worker.js): the whole core runs in this thread,
// and the main thread only passes messages. See core-client.ts for the other end.
import { serveCore } from './serve-core';

serveCore();
