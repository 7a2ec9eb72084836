/*---
requirements: [SCHED-STATE-PENDING, SCHED-ANSWER-STATE, SCHED-TIME, SCHED-TIME-NULL]
source: 001/002 Function and Table 5 (state, scheduled_delete_time); 004 Secret table
info: |
  Scheduling an ENABLED secret makes it PENDING_DELETE, as ShowSecret and ListSecrets show.
  The answer itself may show PENDING_DELETE or, as the documents' example does, ENABLED
  (D-ANSWER-STATE). scheduled_delete_time is now + N days in seconds or milliseconds
  (D-TIMESTAMP-UNIT), possibly rounded to the second, hour or day (D-SCHED-TIME-PRECISION),
  and null or absent while not pending (D-SCHEDULED-TIME-NULL). ListSecrets shows the
  scheduled secret as PENDING_DELETE or leaves it out (D-LIST-PENDING).
---*/
import fc from 'fast-check';
import { requirement, DAY_MS, detectUnit, schedulePrecisions, toMs, walkList, pendingListing } from '#harness';

requirement('SCHED-TIME-NULL', 'scheduled_delete_time is null or absent on a secret that is not pending', async (t) => {
  const { name } = await t.secrets.create({ label: 'tnull' });
  const res = await t.api.showSecret(name);
  t.require('SCHED-TIME-NULL', res.status === 200, `ShowSecret ${name} answered ${res.status}`, res);
  const secret = res.json!.secret as Record<string, unknown>;
  const has = Object.prototype.hasOwnProperty.call(secret, 'scheduled_delete_time');
  t.verify('SCHED-TIME-NULL', !has || secret.scheduled_delete_time === null, `an ENABLED secret has scheduled_delete_time ${JSON.stringify(secret.scheduled_delete_time)}`, res);
  t.reading('D-SCHEDULED-TIME-NULL', has ? 'null' : 'absent');
});

requirement(['SCHED-STATE-PENDING', 'SCHED-ANSWER-STATE', 'SCHED-TIME'], 'scheduling makes the secret PENDING_DELETE, N days out', async (t) => {
  const scheduled: string[] = [];
  await t.property(
    fc.integer({ min: 7, max: 30 }),
    async (days) => {
      const { name } = await t.secrets.create({ label: 'sched' });
      const before = t.now();
      const res = await t.api.scheduleDeletion(name, { recovery_window_in_days: days });
      const after = t.now();
      t.status('SCHED-STATE-PENDING', res, [200], `scheduling ENABLED secret ${name} for ${days} days`);
      scheduled.push(name);

      const answered = res.json?.secret;
      const answerState = answered?.state;
      const answerHasTime = answered?.scheduled_delete_time !== null && answered?.scheduled_delete_time !== undefined;
      t.verify(
        'SCHED-ANSWER-STATE',
        answerState === 'PENDING_DELETE' || (answerState === 'ENABLED' && answerHasTime),
        `the answer shows state ${answerState} with scheduled_delete_time ${JSON.stringify(answered?.scheduled_delete_time)}; expected PENDING_DELETE, or ENABLED with the deletion time as the example shows`,
        res,
      );
      t.reading('D-ANSWER-STATE', answerState === 'PENDING_DELETE' ? 'pending-delete' : 'enabled-as-example');
      t.reading('D-EXAMPLE-STATE', answerState === 'PENDING_DELETE' ? 'consistent' : 'as-example');

      const shown = await t.api.showSecret(name);
      t.verify('SCHED-STATE-PENDING', shown.json?.secret?.state === 'PENDING_DELETE', `ShowSecret says state ${shown.json?.secret?.state} after scheduling`, shown);

      const when = Number(shown.json?.secret?.scheduled_delete_time ?? answered?.scheduled_delete_time);
      t.verify('SCHED-TIME', Number.isFinite(when) && when > 0, `scheduled_delete_time is ${JSON.stringify(shown.json?.secret?.scheduled_delete_time)}`, shown);
      if (Number.isFinite(when) && when > 0) {
        const unit = detectUnit(when);
        t.reading('D-TIMESTAMP-UNIT', unit);
        const ms = toMs(when);
        // How the time is computed is silent (D-SCHED-TIME-PRECISION): it may be rounded to
        // the second, the hour or the day, in either direction. The gateway's skew limit is
        // the tolerance on top.
        // Within an hour of the exact time, rounding to the hour and to the day look the same:
        // both are recorded (schedulePrecisions).
        const precisions = schedulePrecisions(ms, before + days * DAY_MS, after + days * DAY_MS);
        const off = ((ms - before) / DAY_MS).toFixed(3);
        t.verify('SCHED-TIME', precisions.length > 0, `scheduled ${off} days after the request instead of ${days} (read as ${unit}), beyond any rounding to the second, hour or day`, shown);
        for (const [i, precision] of precisions.entries()) {
          t.reading('D-SCHED-TIME-PRECISION', precision, i > 0 ? `indistinguishable from ${precisions[0]}: the value lies within an hour (plus clock skew) of the exact time` : undefined);
        }
        const answeredWhen = Number(answered?.scheduled_delete_time);
        if (Number.isFinite(answeredWhen) && answeredWhen > 0) {
          t.verify('SCHED-TIME', answeredWhen === when, `the answer says scheduled_delete_time ${answeredWhen}, ShowSecret says ${when}`, res);
        }
      }
    },
    { examples: [7, 30], runs: t.profile.schedulingRuns },
  );

  // The list agrees, in one walk over the secrets just scheduled: listed as PENDING_DELETE, or
  // left out of the list (D-LIST-PENDING); never as ENABLED.
  const walk = await walkList(t.api);
  const { reading, problems } = pendingListing(walk, scheduled);
  if (reading) t.reading('D-LIST-PENDING', reading);
  t.verify('SCHED-STATE-PENDING', !walk.problem && problems.length === 0, walk.problem ? `the walk failed: ${walk.problem.message}` : `after scheduling: ${problems.join('; ')}`);
});
