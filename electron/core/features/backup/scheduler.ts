/** How often the scheduler asks whether a backup is due (it decides by the clock, see schedule.ts). */
export const BACKUP_SCHEDULER_INTERVAL_MS = 10 * 60 * 1000;

/**
 * Runs `tick` now and every interval, one at a time, in the process that owns the core (the core
 * worker of the Electron main process or of `cli serve`); never keeps the process alive.
 */
export function startBackupScheduler(
  tick: () => Promise<unknown>,
  onError: (error: unknown) => void,
  intervalMs = BACKUP_SCHEDULER_INTERVAL_MS,
): () => void {
  let running = false;
  const run = () => {
    if (running) return;
    running = true;
    tick()
      .catch(onError)
      .finally(() => {
        running = false;
      });
  };
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
