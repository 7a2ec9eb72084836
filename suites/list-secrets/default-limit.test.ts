/*---
requirements: [LIST-DEFAULT-LIMIT]
source: '004 URI limit ("Default value: 50")'
info: |
  Without limit, a page holds at most 50 secrets, and exactly 50 when more exist. The suite
  tops the account up to 51 secrets of its own when it holds fewer. Where batch delete is
  allowed, the fill is bound to a generated instance and removed in one request.
---*/
import { requirement, batchDeleteIfSafe, destructiveAllowed, walkList } from '#harness';

const DEFAULT = 50;

requirement('LIST-DEFAULT-LIMIT', 'without limit a page holds 50 secrets when more exist', async (t) => {
  const walk = await walkList(t.api, { limit: 200, maxPages: 100 });
  let total = new Set(walk.names).size;
  if (walk.problem || total === 0) {
    // Count with the default instead (a ceiling below 200 is allowed, D-LIST-LIMIT-RANGE).
    total = new Set((await walkList(t.api)).names).size;
  }
  let instance = destructiveAllowed(t) === undefined && total <= DEFAULT ? `${t.secrets.name('fill')}-inst` : undefined;
  for (; total <= DEFAULT; total++) {
    try {
      await t.secrets.create({ label: 'fill', instanceId: instance, skipIfRefused: instance !== undefined });
    } catch {
      // The target would not bind a secret to an instance: fill with plain secrets instead.
      instance = undefined;
      await t.secrets.create({ label: 'fill' });
    }
  }
  const res = await t.api.listSecrets();
  t.require('LIST-DEFAULT-LIMIT', res.status === 200, `ListSecrets without limit answered ${res.status}`, res);
  const count = res.json?.secrets?.length ?? 0;
  t.verify('LIST-DEFAULT-LIMIT', count === DEFAULT, `with ${total} secrets on the account, the first page without limit holds ${count}, not ${DEFAULT}`, res);

  if (instance) {
    // Refused when a secret the suite did not create is (or may be) bound: the file's clean-up then removes the fill one by one.
    const { res: removed } = await batchDeleteIfSafe(t, instance);
    for (const name of removed?.json?.success_secrets ?? []) t.secrets.forget(String(name));
  }
});
