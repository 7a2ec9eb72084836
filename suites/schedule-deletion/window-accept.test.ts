/*---
requirements: [SCHED-WINDOW-ACCEPT, SCHED-RESPONSE-SCHEMA]
source: 002 Table 3 recovery_window_in_days ("The value range is 7 to 30 days"); 001 Table 3
info: Every integer window from 7 to 30 is accepted. Both bounds are always tried.
---*/
import fc from 'fast-check';
import { requirement } from '#harness';

requirement(['SCHED-WINDOW-ACCEPT', 'SCHED-RESPONSE-SCHEMA'], 'every integer window from 7 to 30 is accepted', async (t) => {
  const name = await t.secrets.enabled('win');
  await t.property(
    fc.integer({ min: 7, max: 30 }),
    async (days) => {
      const res = await t.api.scheduleDeletion(name, { recovery_window_in_days: days });
      t.status('SCHED-WINDOW-ACCEPT', res, [200], `recovery_window_in_days=${days}`);
      // Put the secret back for the next run (stateful targets only).
      if (t.run.stateful && res.status === 200) {
        const back = await t.api.restoreSecret(name);
        t.status('SCHED-WINDOW-ACCEPT', back, [200], `restoring ${name} after scheduling it with ${days} days`);
      }
    },
    { examples: [7, 30] },
  );
});
