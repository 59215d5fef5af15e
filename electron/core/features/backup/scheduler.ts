/** How often the scheduler asks whether a backup is due (it decides by the clock, see schedule.ts). */
export const BACKUP_SCHEDULER_INTERVAL_MS = 10 * 60 * 1000;
/** The first question comes soon after start, so a short session still gets its daily backup. */
const FIRST_TICK_MS = 60 * 1000;

/**
 * Runs `tick` soon after start and then every interval, one at a time, in the process that owns the core (the core
 * worker of the Electron main process or of `cli serve`); never keeps the process alive.
 */
export function startBackupScheduler(
  tick: () => Promise<unknown>,
  onError: (error: unknown) => void,
  intervalMs = BACKUP_SCHEDULER_INTERVAL_MS,
  firstTickMs = Math.min(FIRST_TICK_MS, intervalMs),
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
  const first = setTimeout(run, firstTickMs);
  const timer = setInterval(run, intervalMs);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
