/*---
requirements: [CANCEL-NOT-FOUND]
source: csms-facts §9 (400 CSMS.0005 / CSMS.0106, or 404); register item 5
info: Cancelling for a missing secret answers 404, or 400 with CSMS.0005 or CSMS.0106 (D-NOT-FOUND).
---*/
import { requirement, notFoundReading } from '#harness';

requirement('CANCEL-NOT-FOUND', 'cancelling for a secret that does not exist answers 404 or 400 CSMS.0005/0106', async (t) => {
  const name = t.secrets.name('ghost');
  const res = await t.api.restoreSecret(name);
  const reading = notFoundReading(res);
  t.verify('CANCEL-NOT-FOUND', reading !== undefined, `cancelling missing secret ${name} answered ${res.status} ${res.text.slice(0, 120)}`, res);
  if (reading) t.reading('D-NOT-FOUND', reading, 'RestoreSecret');
});
