/*---
requirements: [SCHED-WINDOW-REJECT]
source: 002 Table 3 recovery_window_in_days ("The value range is 7 to 30 days")
info: Integers outside 7..30 are rejected with a 4xx. 6, 31, 0 and -1 are always tried.
---*/
import fc from 'fast-check';
import { requirement } from '#harness';

requirement('SCHED-WINDOW-REJECT', 'windows below 7 or above 30 are rejected with a 4xx', async (t) => {
  let name = await t.secrets.enabled('winrej');
  await t.property(
    fc.oneof(fc.integer({ min: -(2 ** 31), max: 6 }), fc.integer({ min: 31, max: 2 ** 31 - 1 })),
    async (days) => {
      const res = await t.api.scheduleDeletion(name, { recovery_window_in_days: days });
      // A target that wrongly accepted it now holds a pending secret. Put it back before the
      // verdict (inside a property a failed check throws), or every later candidate, the
      // shrinker's included, would meet CSMS.0107 and pass for the wrong reason. If the
      // restore is refused, the next candidate gets a fresh secret instead.
      if (t.run.stateful && res.status >= 200 && res.status < 300) {
        const restored = await t.api.restoreSecret(name);
        if (restored.status !== 200) name = await t.secrets.enabled('winrej');
      }
      t.status('SCHED-WINDOW-REJECT', res, (s) => s >= 400 && s < 500, `recovery_window_in_days=${days} must be rejected`);
    },
    { examples: [6, 31, 0, -1] },
  );
});
