/*---
requirements: [CANCEL-RESTORES, CANCEL-RESPONSE-SCHEMA, CANCEL-USABLE-AGAIN]
source: 003 Function ("The secret will become available"), 003 Table 4 scheduled_delete_time ("null if not pending"); 001 Constraints
info: |
  Cancelling a pending secret answers 200; ShowSecret then shows ENABLED with no
  scheduled_delete_time, and the value can be read and the metadata updated again.
---*/
import { requirement } from '#harness';

requirement(['CANCEL-RESTORES', 'CANCEL-RESPONSE-SCHEMA'], 'cancelling a pending secret makes it ENABLED with no scheduled deletion', async (t) => {
  const name = await t.secrets.pending(15, 'cancel');
  const res = await t.api.restoreSecret(name);
  t.require('CANCEL-RESTORES', res.status === 200, `cancelling pending secret ${name} answered ${res.status}`, res);
  t.verify('CANCEL-RESPONSE-SCHEMA', typeof res.json?.secret === 'object', 'the answer has no secret object', res);

  const shown = await t.api.showSecret(name);
  const secret = shown.json?.secret as Record<string, unknown> | undefined;
  t.verify('CANCEL-RESTORES', secret?.state === 'ENABLED', `after the cancel ShowSecret says state ${String(secret?.state)}`, shown);
  const when = secret?.scheduled_delete_time;
  t.verify('CANCEL-RESTORES', when === null || when === undefined, `after the cancel scheduled_delete_time is still ${JSON.stringify(when)}`, shown);
});

requirement('CANCEL-USABLE-AGAIN', 'after a cancel the value can be read and the metadata updated', async (t) => {
  const { name } = await t.secrets.create({ label: 'usable' });
  await t.api.scheduleDeletion(name, { recovery_window_in_days: 7 });
  const cancel = await t.api.restoreSecret(name);
  t.require('CANCEL-USABLE-AGAIN', cancel.status === 200, `cancelling ${name} answered ${cancel.status}`, cancel);

  const read = await t.api.showSecretVersion(name, 'latest');
  t.status('CANCEL-USABLE-AGAIN', read, [200], `reading the value of ${name} after the cancel`);
  const update = await t.api.updateSecret(name, { description: 'csms-conformance: updated after cancel' });
  t.status('CANCEL-USABLE-AGAIN', update, [200], `updating ${name} after the cancel`);
});
