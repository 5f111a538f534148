// What `npm start` and `npm test` do when no Chromium is found: install
// Debian's `chromium` themselves where they can (root, apt-get present, as
// .ci/run does), and otherwise stop at once with the one command to run.

export const INSTALL_COMMAND = 'apt-get update && apt-get install -y chromium';
/** Installs when missing and never upgrades a Chromium other runs may be using. */
const INSTALL: string[] = ['apt-get', 'install', '-y', '-qq', '--no-upgrade', 'chromium'];

export interface Machine {
  /** The Chromium found (CHROMIUM_PATH or the usual paths), or null. */
  found: string | null;
  isRoot: boolean;
  hasAptGet: boolean;
}

export type BrowserPlan =
  | { action: 'use'; path: string }
  | { action: 'install'; steps: string[][] }
  | { action: 'stop'; message: string };

export function planBrowser(machine: Machine): BrowserPlan {
  if (machine.found) return { action: 'use', path: machine.found };
  if (machine.isRoot && machine.hasAptGet)
    return {
      action: 'install',
      steps: [['apt-get', 'update', '-qq'], INSTALL],
    };
  const how = machine.hasAptGet ? `sudo sh -c '${INSTALL_COMMAND}'` : 'install Chromium';
  return {
    action: 'stop',
    message: `Chromium not found. Run: ${how} — or set CHROMIUM_PATH to a Chromium executable.`,
  };
}
