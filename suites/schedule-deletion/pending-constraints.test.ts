/*---
requirements: [SCHED-PENDING-NO-READ, SCHED-PENDING-NO-UPDATE]
source: 001 Constraints ("its metadata cannot be updated and its value cannot be viewed"); 002 Constraints
info: While pending, ShowSecretVersion and UpdateSecret are refused with a 4xx.
---*/
import { perFile, requirement, type CheckContext } from '#harness';

/** One pending secret for both checks: neither changes it (a refused update changes nothing). */
const pendingSecret = (t: CheckContext) => perFile(t, 'pending', () => t.secrets.pending(30, 'noread'));

requirement('SCHED-PENDING-NO-READ', 'the value of a pending secret cannot be read', async (t) => {
  const name = await pendingSecret(t);
  const res = await t.api.showSecretVersion(name, 'latest');
  t.status('SCHED-PENDING-NO-READ', res, (s) => s >= 400 && s < 500, `reading the value of pending secret ${name}`);
});

requirement('SCHED-PENDING-NO-UPDATE', 'the metadata of a pending secret cannot be updated', async (t) => {
  const name = await pendingSecret(t);
  const res = await t.api.updateSecret(name, { description: 'csms-conformance: must be refused while pending' });
  t.status('SCHED-PENDING-NO-UPDATE', res, (s) => s >= 400 && s < 500, `updating pending secret ${name}`);
});
