/*---
requirements: [BATCH-NO-RESTORE]
source: 000 Constraints (Secrets deleted in batches via this API cannot be restored); 000 Function
info: |
  A bound ENABLED secret and a bound pending one are batch-deleted; every secret reported
  deleted cannot be restored: RestoreSecret answers a 4xx (not found, D-NOT-FOUND, or any other
  refusal) and ShowSecret still finds nothing. Binding takes RDS or RDS-FG (D-SECRET-TYPE); a
  target that cannot bind skips with the refusing exchange. Destructive: loopback targets only,
  unless CSMS_ALLOW_DESTRUCTIVE=1.
---*/
import { requirement, batchDeleteOrSkip, batchInstanceId, skipUnlessBatchMatched } from '#harness';

const ID = 'BATCH-NO-RESTORE';

requirement(ID, 'a secret deleted in a batch cannot be restored', async (t) => {
  const instance = await batchInstanceId(t, 'norestore');
  const enabled = (await t.secrets.create({ label: 'norestore', instanceId: instance, skipIfRefused: true })).name;
  const pending = (await t.secrets.create({ label: 'norestorep', instanceId: instance, skipIfRefused: true })).name;
  await t.api.scheduleDeletion(pending, { recovery_window_in_days: 7 });

  const res = await batchDeleteOrSkip(t, instance);
  t.require(ID, res.status === 200, `BatchDeleteSecrets answered ${res.status}`, res);
  await skipUnlessBatchMatched(t, res, instance, [enabled, pending]);
  const reported: string[] = (res.json?.success_secrets ?? []).map(String);
  const deleted = reported.filter((n) => n === enabled || n === pending);
  t.require(ID, deleted.includes(enabled), `the batch did not report ${enabled} (bound, ENABLED) deleted, so nothing can be tried`, res);

  for (const name of deleted) {
    const restore = await t.api.restoreSecret(name);
    t.verify(ID, restore.status >= 400 && restore.status < 500, `${name} was deleted in a batch, yet RestoreSecret answered ${restore.status}`, restore);
    const shown = await t.api.showSecret(name);
    t.verify(ID, shown.status >= 400 && shown.status < 500, `${name} was deleted in a batch; after RestoreSecret, ShowSecret answers ${shown.status} ${shown.json?.secret?.state ?? ''}`, shown);
    if (shown.status !== 200) t.secrets.forget(name);
  }
}, { needs: ['destructive', 'binding'] });
