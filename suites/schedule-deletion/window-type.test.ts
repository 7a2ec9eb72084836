/*---
requirements: [SCHED-WINDOW-TYPE]
source: 002 Table 3 recovery_window_in_days (Type Integer)
info: |
  The documents type the window as Integer but do not say a server must reject other types.
  Values of the wrong type must never get a 5xx; acceptance is a lenient-acceptance note,
  and a failure only under CSMS_STRICT=1.
---*/
import fc from 'fast-check';
import { requirement } from '#harness';

const wrongTypes = fc.oneof(
  fc.double({ min: 7, max: 30, noNaN: true }).filter((d) => !Number.isInteger(d)),
  fc.integer({ min: 7, max: 30 }).map(String),
  fc.constant(null),
  fc.boolean(),
  fc.string({ maxLength: 8 }),
  fc.constant([15]),
  fc.constant({ days: 15 }),
);

requirement('SCHED-WINDOW-TYPE', 'windows of the wrong type never get a 5xx, and are rejected unless the target is lenient', async (t) => {
  const name = await t.secrets.enabled('wintype');
  await t.property(
    wrongTypes,
    async (value) => {
      const res = await t.api.scheduleDeletion(name, { recovery_window_in_days: value });
      const shown = JSON.stringify(value);
      t.verify('SCHED-WINDOW-TYPE', res.status < 500, `recovery_window_in_days=${shown} answered ${res.status}`, res);
      if (res.status >= 200 && res.status < 300) {
        t.reading('D-WRONG-TYPE', 'accepted-leniently', shown);
        t.lenient('SCHED-WINDOW-TYPE', `recovery_window_in_days=${shown} was accepted (${res.status})`, res);
        if (t.run.stateful) await t.api.restoreSecret(name);
      } else {
        t.reading('D-WRONG-TYPE', 'rejected');
      }
    },
    { examples: [7.5, '15', null, true] },
  );
});
