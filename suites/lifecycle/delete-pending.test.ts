/*---
requirements: [DELETE-PENDING-GONE]
source: 001 Constraints (Pending deletion state); csms-facts §7 DeleteSecret (immediate)
info: |
  DeleteSecret on a pending secret: a refusal (4xx) is allowed, since the documents are silent;
  a success (200, 202 or 204) means the secret is gone, so ShowSecret answers not found (D-NOT-FOUND) and no
  list page shows it.
---*/
import { requirement, notFoundReading, walkList } from '#harness';

const ID = 'DELETE-PENDING-GONE';

requirement(ID, 'a pending secret deleted with success is gone from show and list', async (t) => {
  const name = await t.secrets.pending(30, 'delpend');
  const res = await t.api.deleteSecret(name);
  if (res.status >= 400 && res.status < 500) {
    t.verify(ID, true, 'refused');
    return;
  }
  t.require(ID, [200, 202, 204].includes(res.status), `DeleteSecret of pending ${name} answered ${res.status}`, res);
  const shown = await t.api.showSecret(name);
  t.verify(ID, notFoundReading(shown) !== undefined, `DeleteSecret of pending ${name} answered ${res.status}, yet ShowSecret answers ${shown.status} ${shown.json?.secret?.state ?? ''}`, shown);
  const walk = await walkList(t.api);
  t.verify(ID, !walk.problem, `the list walk failed: ${walk.problem?.message}`);
  t.verify(ID, !walk.names.includes(name), `DeleteSecret of pending ${name} answered ${res.status}, yet the list still shows it`);
  if (notFoundReading(shown) !== undefined) t.secrets.forget(name);
});
