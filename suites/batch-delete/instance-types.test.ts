/*---
requirements: [BATCH-INSTANCE-TYPES]
source: 000 Request Parameters instance_type (Cloud service type, which can be RDS, TaurusDB, GaussDB, or APIG)
info: |
  A batch delete with each documented instance_type, for an instance id the kit generated (so
  it holds nothing), is accepted: 200. Destructive by nature: loopback targets only, unless
  CSMS_ALLOW_DESTRUCTIVE=1.
---*/
import { requirement, batchDeleteOrSkip } from '#harness';

const ID = 'BATCH-INSTANCE-TYPES';
const TYPES = ['RDS', 'TaurusDB', 'GaussDB', 'APIG'];

requirement(ID, 'every documented instance_type is accepted', async (t) => {
  for (const type of TYPES) {
    const res = await batchDeleteOrSkip(t, `${t.secrets.name(`itype${type}`)}-inst`, { instanceType: type });
    t.status(ID, res, [200], `BatchDeleteSecrets with instance_type ${type}`);
  }
}, { needs: ['destructive'] });
