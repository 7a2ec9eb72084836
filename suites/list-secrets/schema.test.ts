/*---
requirements: [LIST-RESPONSE-SCHEMA, LIST-NO-VALUES]
source: 004 Response Parameters (secrets, page_info); 004 Constraints ("secret metadata, which does not contain secret values")
info: The first page validates against the spec and carries no secret values.
---*/
import { requirement } from '#harness';

requirement(['LIST-RESPONSE-SCHEMA', 'LIST-NO-VALUES'], 'the list answer matches the spec and holds metadata only', async (t) => {
  // A page with at least one secret (every secret has a value to leak): one is made on a stateful
  // target whose first page is empty.
  let res = await t.api.listSecrets({ limit: 50 });
  if (t.run.stateful && res.status === 200 && (res.json?.secrets?.length ?? 0) === 0) {
    await t.secrets.create({ label: 'listed' });
    res = await t.api.listSecrets({ limit: 50 });
  }
  t.require('LIST-RESPONSE-SCHEMA', res.status === 200, `ListSecrets answered ${res.status}`, res);
  // The contract checks have validated the body and scanned it for values; say so explicitly too.
  t.verify('LIST-NO-VALUES', !/"secret_(string|binary)"\s*:/.test(res.text), 'the list carries secret_string or secret_binary', res);
});
