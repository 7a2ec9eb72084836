/*---
requirements: [PURGE-NAME-REUSABLE]
source: 001 Function (the scheduled task deletes the secret); csms-facts §7 CreateSecret
clock: advances
info: |
  Needs clock control (specs/clock-control.openapi.yaml); without it, not applicable. Once a
  scheduled secret has been purged, CreateSecret with the same name succeeds. If the target did
  not purge it, that is PURGE-GONE-AFTER-DUE's verdict, and this check is skipped.
---*/
import { clockControl, isNotFound, pastDue, scheduleFresh, requirement } from '#harness';

const ID = 'PURGE-NAME-REUSABLE';

requirement(ID, 'the name of a purged secret can be used again', async (t) => {
  const clock = clockControl(t);
  const s = await scheduleFresh(t, ID, 7, 'reuse');
  await pastDue(clock, s);
  const gone = await t.api.showSecret(s.name);
  if (!isNotFound(gone)) t.skip(`precondition: ${s.name} was not purged past its scheduled_delete_time (ShowSecret answered ${gone.status}; see PURGE-GONE-AFTER-DUE)`);

  const again = await t.api.createSecret({ name: s.name, secret_string: t.secrets.value(), description: 'csms-conformance fixture; safe to delete' });
  t.status(ID, again, [200], `CreateSecret with the name of purged secret ${s.name}`);
});
