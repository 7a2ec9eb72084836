/*---
requirements: [CANCEL-NAME-PATTERN]
source: '003 Table 1 secret_name (Range: ^[a-zA-Z0-9_-]{1,64}$)'
info: |
  A pending secret with a 64-character name; RestoreSecret with names that extend it past the
  rule (65 characters, a trailing '!' or space; never dots, D-NAME-DOTS) is refused with a 4xx,
  a not-found answer included (D-NOT-FOUND), and the pending secret stays PENDING_DELETE.
---*/
import { requirement, deleteOwnSecret } from '#harness';

const ID = 'CANCEL-NAME-PATTERN';

requirement(ID, 'the cancel path refuses names outside the rule and restores nothing', async (t) => {
  const name = `${t.secrets.name('cname')}-${'x'.repeat(64)}`.slice(0, 64);
  const created = await t.api.createSecret({ name, secret_string: t.secrets.value(), description: 'csms-conformance fixture; safe to delete' });
  t.require(ID, created.status === 200, `precondition: CreateSecret with a 64-character name answered ${created.status}`, created);
  try {
    const scheduled = await t.api.scheduleDeletion(name, { recovery_window_in_days: 30 });
    t.require(ID, scheduled.status === 200, `precondition: scheduling ${name} answered ${scheduled.status}`, scheduled);
    for (const bad of [`${name}x`, `${name}!`, `${name} `]) {
      const res = await t.api.restoreSecret(bad);
      t.verify(ID, res.status >= 400 && res.status < 500, `RestoreSecret with the ${bad.length}-character name ${JSON.stringify(bad)} answered ${res.status}`, res);
    }
    const shown = await t.api.showSecret(name);
    t.verify(ID, shown.json?.secret?.state === 'PENDING_DELETE', `after the refused cancels, ${name} is ${String(shown.json?.secret?.state ?? shown.status)}: an invalid name restored it`, shown);
  } finally {
    await deleteOwnSecret(t.api, name, t.run.prefix).catch(() => undefined);
  }
});
