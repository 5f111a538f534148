// `npm test` and `npm start` run this first: a machine without Chromium gets
// Debian's (when root with apt-get), or a one-line instruction and exit code 1.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_CANDIDATES } from './lib/browser.ts';
import { planBrowser } from './lib/browser-setup.ts';

const onPath = (command: string) =>
  spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

export function ensureChromium(): void {
  const found = () => CHROMIUM_CANDIDATES().find((p) => p && existsSync(p)) ?? null;
  const plan = planBrowser({
    found: found(),
    isRoot: process.getuid?.() === 0,
    hasAptGet: onPath('apt-get'),
  });
  if (plan.action === 'use') return;
  if (plan.action === 'stop') {
    console.error(plan.message);
    process.exit(1);
  }
  console.log("Chromium not found: installing Debian's chromium (apt-get) …");
  for (const [command, ...args] of plan.steps) {
    const run = spawnSync(command ?? '', args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (run.status !== 0) {
      console.error(`\`${[command, ...args].join(' ')}\` failed (exit ${run.status}).`);
      process.exit(1);
    }
  }
  if (!found()) {
    console.error(
      process.env.CHROMIUM_PATH
        ? `chromium is installed, but CHROMIUM_PATH (${process.env.CHROMIUM_PATH}) is not a file: fix or unset it.`
        : 'apt-get installed chromium, but no Chromium executable was found: set CHROMIUM_PATH.',
    );
    process.exit(1);
  }
  console.log(`Chromium installed: ${found()}`);
}

if (import.meta.main) ensureChromium();
