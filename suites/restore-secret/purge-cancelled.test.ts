/*---
requirements: [PURGE-CANCELLED-KEPT]
source: 003 Function (cancel the scheduled deletion task of a secret; the secret will become available)
clock: advances
info: |
  Needs clock control (specs/clock-control.openapi.yaml); without it, not applicable. A secret
  is scheduled, its task cancelled, and the clock moved past the cancelled scheduled_delete_time
  (plus the declared grace): it is still there, ENABLED, and its value can be read.
---*/
import { clockControl, pastDue, scheduleFresh, requirement } from '#harness';

const ID = 'PURGE-CANCELLED-KEPT';

requirement(ID, 'a cancelled deletion task never purges the secret', async (t) => {
  const clock = clockControl(t);
  const s = await scheduleFresh(t, ID, 7, 'kept');
  const cancel = await t.api.restoreSecret(s.name);
  t.require(ID, cancel.status === 200, `precondition: cancelling ${s.name} answered ${cancel.status}`, cancel);
  // A witness left pending past the move lets the clock's guard see that this target lists
  // pending secrets, so a customer's would not be purged unseen (clock/customer-guard.ts).
  await scheduleFresh(t, ID, 30, 'witness');

  await pastDue(clock, s);
  const shown = await t.api.showSecret(s.name);
  t.require(ID, shown.status === 200, `past the cancelled scheduled_delete_time ${s.name} is gone: ShowSecret answered ${shown.status}`, shown);
  t.verify(ID, shown.json?.secret?.state === 'ENABLED', `past the cancelled scheduled_delete_time ${s.name} is ${shown.json?.secret?.state}`, shown);
  const read = await t.api.showSecretVersion(s.name, 'latest');
  t.status(ID, read, [200], `reading the value of ${s.name} past the cancelled deletion time`);
});
