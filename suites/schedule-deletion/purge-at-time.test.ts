/*---
requirements: [PURGE-AT-SCHEDULED-TIME]
source: 002 Table 5 scheduled_delete_time (time when a secret is scheduled to be deleted), Table 3 recovery_window_in_days (7 to 30)
clock: advances
info: |
  Needs clock control (specs/clock-control.openapi.yaml); without it, not applicable. A property
  over the window (7 and 30 always tried): a fresh secret scheduled for N days is present one
  minute before the scheduled_delete_time it was given and gone just after it (plus the grace
  the target declares), on the target's own clock.
---*/
import fc from 'fast-check';
import { clockControl, beforeDue, graceReading, isNotFound, pastDue, scheduleFresh, requirement } from '#harness';

const ID = 'PURGE-AT-SCHEDULED-TIME';

requirement(ID, 'the purge happens at scheduled_delete_time, whatever the window', async (t) => {
  const clock = clockControl(t);
  t.reading('D-PURGE-GRACE', graceReading(clock), `${clock.graceSeconds} s declared`);
  await t.property(
    fc.integer({ min: 7, max: 30 }),
    async (days) => {
      const s = await scheduleFresh(t, ID, days, `due${days}`);
      await beforeDue(clock, s);
      const before = await t.api.showSecret(s.name);
      t.verify(ID, before.status === 200 && before.json?.secret?.state === 'PENDING_DELETE', `scheduled for ${days} days, ${s.name} one minute before its scheduled_delete_time: ShowSecret answered ${before.status} ${before.json?.secret?.state ?? ''}`, before);
      await pastDue(clock, s);
      const after = await t.api.showSecret(s.name);
      t.verify(ID, isNotFound(after), `scheduled for ${days} days, ${s.name} past its scheduled_delete_time (+${clock.graceSeconds} s): ShowSecret answered ${after.status} ${after.json?.secret?.state ?? ''}`, after);
      if (isNotFound(after)) t.secrets.forget(s.name);
    },
    { examples: [7, 30], runs: t.profile.purgeRuns },
  );
});
