/** The SCORM 1.2 session against scorm-again's real Scorm12API (the runtime LMSs embed). */
import { describe, expect, it } from 'vitest';
import { Scorm12API } from 'scorm-again';
import { startScorm12 } from './scorm-session.ts';

function lms(stored?: Record<string, unknown>): Scorm12API {
  const api = new Scorm12API({ autocommit: false, logLevel: 5 });
  if (stored) api.loadFromJSON(stored);
  return api;
}
type Cmi = {
  suspend_data: string;
  core: { exit: string; session_time: string; lesson_status: string };
};
const cmi = (api: Scorm12API): Cmi => JSON.parse(JSON.stringify(api.cmi)) as Cmi;

describe('SCORM 1.2 module SCO on scorm-again', () => {
  it('is completed only once read and its check passed, with the best check as score', () => {
    const api = lms();
    let clock = 0;
    const tracker = startScorm12(api, { kind: 'module', id: 'm' }, () => clock);
    expect(tracker).not.toBeNull();
    tracker!.moduleChanged({ read: false, best: 100 }, 80);
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('incomplete');
    tracker!.moduleChanged({ read: true, best: 60 }, 80);
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('incomplete');
    expect(api.LMSGetValue('cmi.core.score.raw')).toBe('60');
    tracker!.moduleChanged({ read: true, best: 80 }, 80);
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('completed');
    expect(api.LMSGetValue('cmi.suspend_data')).toBe('r1q80');
    clock = 75_500;
    tracker!.finish();
    const data = cmi(api);
    expect(data.core.exit).toBe('');
    expect(data.core.session_time).toMatch(/^0*:01:15\.5/);
    expect(api.LMSGetLastError()).toBe('0');
  });

  it('suspends an unfinished module and resumes its state on relaunch', () => {
    const first = lms();
    const t1 = startScorm12(first, { kind: 'module', id: 'm' });
    t1!.moduleChanged({ read: true, best: null }, 80);
    t1!.finish();
    const saved = cmi(first);
    expect(saved.core.exit).toBe('suspend');
    const second = lms({
      core: { lesson_status: saved.core.lesson_status, entry: 'resume' },
      suspend_data: saved.suspend_data,
    });
    const t2 = startScorm12(second, { kind: 'module', id: 'm' });
    expect(t2!.resumeData()).toBe('r1');
  });

  it('gives up (no tracker) when the LMS refuses to initialise', () => {
    const api = lms();
    api.LMSInitialize('');
    api.LMSFinish('');
    expect(startScorm12(api, { kind: 'scenario', id: 's' })).toBeNull();
  });
});
