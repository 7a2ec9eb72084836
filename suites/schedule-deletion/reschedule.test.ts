/*---
requirements: [SCHED-RESCHEDULE-FRESH]
source: 002 Table 3 recovery_window_in_days, Table 5 scheduled_delete_time; 003 Function (the task is cancelled)
info: |
  Schedule for 30 days, cancel, schedule again for 7: the second scheduled_delete_time is about
  7 days after the second request (within a day plus the skew window: rounding is silent), so
  it cannot be the first schedule's time. Seconds or milliseconds (D-TIMESTAMP-UNIT).
---*/
import { requirement, DAY_MS, SKEW_MS, toMs } from '#harness';

const ID = 'SCHED-RESCHEDULE-FRESH';

requirement(ID, 'a schedule after a cancel starts a fresh window', async (t) => {
  const { name } = await t.secrets.create({ label: 'resched' });
  const first = await t.api.scheduleDeletion(name, { recovery_window_in_days: 30 });
  t.require(ID, first.status === 200, `scheduling ${name} for 30 days answered ${first.status}`, first);
  const cancel = await t.api.restoreSecret(name);
  t.require(ID, cancel.status === 200, `cancelling ${name} answered ${cancel.status}`, cancel);

  const before = t.now();
  const second = await t.api.scheduleDeletion(name, { recovery_window_in_days: 7 });
  const after = t.now();
  t.require(ID, second.status === 200, `scheduling ${name} again, for 7 days, answered ${second.status}`, second);
  const shown = await t.api.showSecret(name);
  const when = shown.json?.secret?.scheduled_delete_time;
  t.require(ID, typeof when === 'number' && when > 0, `after the second schedule scheduled_delete_time is ${JSON.stringify(when)}`, shown);
  const ms = toMs(when as number);
  const tolerance = DAY_MS + SKEW_MS;
  const days = ((ms - before) / DAY_MS).toFixed(2);
  t.verify(ID, ms >= before + 7 * DAY_MS - tolerance && ms <= after + 7 * DAY_MS + tolerance, `the second schedule (7 days, after a cancel) is due ${days} days after its request${Math.abs(Number(days) - 30) < 1.5 ? ': the first schedule\'s time was reused' : ''}`, shown);
  await t.api.restoreSecret(name);
});
