/*---
requirements: [SCHED-WINDOW-MISSING]
source: 002 Table 3 recovery_window_in_days (Mandatory Yes, and Default value 30); csms-facts §11 item 4
info: |
  The documents disagree (D-WINDOW-DEFAULT): the field is mandatory, yet has a default of 30.
  Both a 400 and a 30-day schedule are accepted; a 5xx never is.
---*/
import { requirement, DAY_MS, schedulePrecision, toMs } from '#harness';

requirement('SCHED-WINDOW-MISSING', 'a request without a window is rejected with 400 or takes the default of 30 days', async (t) => {
  const name = await t.secrets.enabled('winmiss');
  const before = t.now();
  const res = await t.api.scheduleDeletion(name, {});
  const after = t.now();
  t.verify('SCHED-WINDOW-MISSING', res.status < 500, `an empty body answered ${res.status}`, res);
  if (res.status === 400) {
    t.reading('D-WINDOW-DEFAULT', 'rejected');
    return;
  }
  if (res.status !== 200) {
    t.verify('SCHED-WINDOW-MISSING', false, `an empty body answered ${res.status}; the documents allow 400 or a 30-day schedule`, res);
    return;
  }
  t.reading('D-WINDOW-DEFAULT', 'default-30');
  if (!t.run.stateful) return;
  // Took the default: the schedule must be 30 days out, as ShowSecret reports it, rounded as
  // SCHED-TIME allows (to the second, hour or day: D-SCHED-TIME-PRECISION).
  const shown = await t.api.showSecret(name);
  const when = Number(shown.json?.secret?.scheduled_delete_time);
  const ms = toMs(when);
  const days = (ms - before) / DAY_MS;
  const precision = Number.isFinite(ms) && ms > 0 ? schedulePrecision(ms, before + 30 * DAY_MS, after + 30 * DAY_MS) : undefined;
  t.verify('SCHED-WINDOW-MISSING', precision !== undefined, `accepted without a window, but scheduled ${days.toFixed(2)} days out instead of the default 30`, shown);
  await t.api.restoreSecret(name);
});
