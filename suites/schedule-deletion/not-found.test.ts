/*---
requirements: [SCHED-NOT-FOUND]
source: csms-facts §9 (400 CSMS.0005 / CSMS.0106) and 002 Status Codes (404); register item 5
info: A missing secret answers 404, or 400 with CSMS.0005 or CSMS.0106 (D-NOT-FOUND).
---*/
import { requirement, notFoundReading } from '#harness';

requirement('SCHED-NOT-FOUND', 'scheduling a secret that does not exist answers 404 or 400 CSMS.0005/0106', async (t) => {
  // A run-prefixed name that was never created: it cannot belong to anyone.
  const name = t.secrets.name('ghost');
  const res = await t.api.scheduleDeletion(name, { recovery_window_in_days: 7 });
  const reading = notFoundReading(res);
  t.verify('SCHED-NOT-FOUND', reading !== undefined, `scheduling missing secret ${name} answered ${res.status} ${res.text.slice(0, 120)}`, res);
  if (reading) t.reading('D-NOT-FOUND', reading, 'DeleteSecretForSchedule');
});
