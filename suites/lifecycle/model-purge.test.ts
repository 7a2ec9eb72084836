/*---
requirements: [LIFECYCLE-MODEL, PURGE-GONE-AFTER-DUE, PURGE-CANCELLED-KEPT, PURGE-NAME-REUSABLE]
source: 001/002 Function (the secret is deleted when the recovery window ends), 003 Function; specs/clock-control.openapi.yaml
clock: advances
info: |
  The lifecycle model with one more step, Purge: clock control moves the target past the
  deletion time of every pending slot (plus the grace it declared), after which each is gone
  from show, reading and the list, while a cancelled one stays and a purged name can be taken
  again. Needs clock control (not applicable without it); the move is never made when it would
  purge a secret the suite did not create (the run is skipped with that reason). Runs last
  (clock: advances): the target's clock is ahead afterwards.
---*/
import fc from 'fast-check';
import {
  clockControl,
  Cancel,
  Create,
  MODEL,
  Purge,
  Schedule,
  arbitraryCase,
  runCase,
  type Case,
  requirement,
} from '#harness';

requirement(['LIFECYCLE-MODEL', 'PURGE-GONE-AFTER-DUE', 'PURGE-CANCELLED-KEPT', 'PURGE-NAME-REUSABLE'], 'random lifecycles with the purge at the end of the window keep the target in step', async (t) => {
  const clock = clockControl(t);
  // On every seed (from an ENABLED slot 0 and a slot 1 pending for 30 days): slot 0 is scheduled
  // for 7 days and cancelled; the purge past slot 1's time removes it (show, reading, list) and
  // keeps slot 0, whose cancelled 7-day time has passed too; the purged name can be taken again.
  const fixed: Case = { start: 'seeded', steps: [new Schedule(0, 7), new Cancel(0), new Purge(), new Create(1, false)] };
  await t.property(arbitraryCase(t, false, [fc.constant(new Purge())]), async (c) => runCase(t, MODEL, ['PURGE-GONE-AFTER-DUE', 'PURGE-CANCELLED-KEPT', 'PURGE-NAME-REUSABLE'], c, { clock, offset: (await clock.now()) - Date.now() }), {
    // The fixed sequence, then the profile's random ones (each moves the clock by weeks).
    runs: 1 + t.profile.purgeModelRuns,
    examples: [fixed],
    unbiased: true,
  });
});
