// What `npm start` and `npm test` do about a missing Chromium.
import { describe, expect, it } from 'vitest';
import { INSTALL_COMMAND, planBrowser } from '../../scripts/lib/browser-setup.ts';

describe('planBrowser', () => {
  it('uses the Chromium it found', () => {
    expect(planBrowser({ found: '/usr/bin/chromium', isRoot: false, hasAptGet: false })).toEqual({
      action: 'use',
      path: '/usr/bin/chromium',
    });
  });

  it("installs Debian's chromium as root with apt-get, without upgrading anything", () => {
    const plan = planBrowser({ found: null, isRoot: true, hasAptGet: true });
    expect(plan.action).toBe('install');
    if (plan.action !== 'install') return;
    expect(plan.steps[0]).toEqual(['apt-get', 'update', '-qq']);
    expect(plan.steps[1]).toEqual(
      expect.arrayContaining(['apt-get', 'install', '-y', '--no-upgrade', 'chromium']),
    );
  });

  it('stops with the one command to run otherwise', () => {
    const notRoot = planBrowser({ found: null, isRoot: false, hasAptGet: true });
    expect(notRoot).toEqual({
      action: 'stop',
      message: expect.stringContaining(`sudo sh -c '${INSTALL_COMMAND}'`),
    });
    const noApt = planBrowser({ found: null, isRoot: true, hasAptGet: false });
    expect(noApt).toEqual({ action: 'stop', message: expect.stringContaining('CHROMIUM_PATH') });
  });
});
