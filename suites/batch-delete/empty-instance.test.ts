/*---
requirements: [BATCH-EMPTY-INSTANCE]
source: '000 Response Parameters (total: number of secrets that meet the request parameter conditions; success_secrets; failed_secrets)'
info: |
  A batch delete for an instance id the kit generated, to which no secret is bound, answers 200
  with total 0 and no deleted or failed secrets (empty lists may be left out). Destructive by
  nature: loopback targets only, unless CSMS_ALLOW_DESTRUCTIVE=1.
---*/
import { requirement, batchDeleteOrSkip } from '#harness';

const ID = 'BATCH-EMPTY-INSTANCE';

requirement(ID, 'a batch delete on an instance without secrets answers total 0', async (t) => {
  const res = await batchDeleteOrSkip(t, `${t.secrets.name('empty')}-inst`);
  t.require(ID, res.status === 200, `BatchDeleteSecrets for an instance without secrets answered ${res.status}`, res);
  const body = res.json;
  const counts = `total ${JSON.stringify(body?.total)}, ${(body?.success_secrets ?? []).length} deleted, ${(body?.failed_secrets ?? []).length} failed`;
  t.verify(ID, body?.total === 0 && (body?.success_secrets ?? []).length === 0 && (body?.failed_secrets ?? []).length === 0, `an instance without secrets answered ${counts}`, res);
}, { needs: ['destructive'] });
