/*---
requirements: [CANCEL-NOT-PENDING-0108]
source: 003 Constraints ("only if the secret is in the scheduled deletion state"); csms-facts §9 CSMS.0108
info: Cancelling for a secret that is not pending answers 400 CSMS.0108.
---*/
import { requirement, errorCode } from '#harness';

requirement('CANCEL-NOT-PENDING-0108', 'cancelling a secret that is not pending answers 400 CSMS.0108', async (t) => {
  const { name } = await t.secrets.create({ label: 'notpend' });
  const res = await t.api.restoreSecret(name);
  t.verify('CANCEL-NOT-PENDING-0108', res.status === 400 && errorCode(res) === 'CSMS.0108', `cancelling ENABLED secret ${name} answered ${res.status} ${errorCode(res) ?? ''}; expected 400 CSMS.0108`, res);
  // And it is still ENABLED: a refused cancel changes nothing.
  const shown = await t.api.showSecret(name);
  t.verify('CANCEL-NOT-PENDING-0108', shown.json?.secret?.state === 'ENABLED', `after a refused cancel the state is ${shown.json?.secret?.state}`, shown);
});
