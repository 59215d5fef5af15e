import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where AdvisorDesk keeps its data when no --data-dir is given: the same folder Electron's
 * app.getPath('userData') names for "AdvisorDesk", so the CLI and the app share one vault.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.ADVISORDESK_DATA_DIR) return env.ADVISORDESK_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'AdvisorDesk');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'AdvisorDesk');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'AdvisorDesk');
}
