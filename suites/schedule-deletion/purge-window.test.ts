/*---
requirements: [PURGE-PENDING-UNTIL-DUE, PURGE-GONE-AFTER-DUE, PURGE-NAME-REUSABLE]
source: 001 Function (delete a secret in 7 to 30 days; the scheduled task deletes the secret) and Constraints; 002 Table 3 and Table 5 scheduled_delete_time; 003 Constraints; csms-facts §7 CreateSecret
clock: advances
info: |
  Needs clock control (specs/clock-control.openapi.yaml); without it, not applicable. Two
  secrets are scheduled with the minimum window. One minute before their scheduled_delete_time
  (on the target's clock) both are still PENDING_DELETE, the value cannot be read, and one of
  them can be restored. Past the deletion time plus the grace the target declares, the other
  is gone: ShowSecret and RestoreSecret answer not found (any D-NOT-FOUND reading) and no list
  page shows it; then CreateSecret with its name succeeds (not exercised when it was not purged:
  that is PURGE-GONE-AFTER-DUE's verdict).
---*/
import {
  clockControl,
  beforeDue,
  graceReading,
  isNotFound,
  pastDue,
  scheduleFresh,
  notFoundReading,
  requirement,
  walkList,
} from '#harness';

const UNTIL = 'PURGE-PENDING-UNTIL-DUE';
const GONE = 'PURGE-GONE-AFTER-DUE';
const REUSE = 'PURGE-NAME-REUSABLE';

requirement(['PURGE-PENDING-UNTIL-DUE', 'PURGE-GONE-AFTER-DUE', 'PURGE-NAME-REUSABLE'], 'a scheduled secret stays pending until scheduled_delete_time, is gone after it, and its name can be used again', async (t) => {
  const clock = clockControl(t);
  const doomed = await scheduleFresh(t, UNTIL, 7, 'purge');
  const spared = await scheduleFresh(t, UNTIL, 7, 'spare');

  await beforeDue(clock, doomed);
  const shown = await t.api.showSecret(doomed.name);
  t.require(UNTIL, shown.status === 200, `one minute before its scheduled_delete_time ${doomed.name} is already gone: ShowSecret answered ${shown.status}`, shown);
  t.verify(UNTIL, shown.json?.secret?.state === 'PENDING_DELETE', `one minute before its scheduled_delete_time ${doomed.name} is ${shown.json?.secret?.state}, not PENDING_DELETE`, shown);
  const read = await t.api.showSecretVersion(doomed.name, 'latest');
  t.verify(UNTIL, read.status >= 400 && read.status < 500, `the value of pending secret ${doomed.name} could be read one minute before its deletion time: answered ${read.status}`, read);
  const restored = await t.api.restoreSecret(spared.name);
  t.verify(UNTIL, restored.status === 200, `cancelling ${spared.name} one minute before its deletion time answered ${restored.status}`, restored);

  await pastDue(clock, doomed);
  t.reading('D-PURGE-GRACE', graceReading(clock), `${clock.graceSeconds} s declared`);
  const after = await t.api.showSecret(doomed.name);
  t.verify(GONE, isNotFound(after), `past its scheduled_delete_time (+${clock.graceSeconds} s grace) ShowSecret ${doomed.name} answered ${after.status}${after.json?.secret?.state ? ` (${after.json.secret.state})` : ''}, not not-found`, after);
  const reading = notFoundReading(after);
  if (reading) t.reading('D-NOT-FOUND', reading, 'ShowSecret after the purge');
  const cancel = await t.api.restoreSecret(doomed.name);
  t.verify(GONE, isNotFound(cancel), `past its scheduled_delete_time RestoreSecret ${doomed.name} answered ${cancel.status}, not not-found`, cancel);
  const walk = await walkList(t.api);
  t.verify(GONE, !walk.names.includes(doomed.name), `past its scheduled_delete_time ${doomed.name} is still listed`);
  if (!isNotFound(after)) {
    t.unexercised(REUSE, `${doomed.name} was not purged past its scheduled_delete_time (see PURGE-GONE-AFTER-DUE)`);
    return;
  }
  // The new secret takes the purged one's place in the file's clean-up.
  const again = await t.api.createSecret({ name: doomed.name, secret_string: t.secrets.value(), description: 'csms-conformance fixture; safe to delete' });
  t.status(REUSE, again, [200], `CreateSecret with the name of purged secret ${doomed.name}`);
});
