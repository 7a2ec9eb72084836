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
  Look,
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
  // On every seed: the pending secret and a fresh 7-day one are purged; a cancelled one is not;
  // a purged name can be taken again.
  const fixed: Case = {
    start: 'seeded',
    steps: [new Schedule(0, 7), new Purge(), new Look(0), new Create(0, false), new Create(1, false), new Schedule(0, 7), new Schedule(1, 7), new Cancel(0), new Purge(), new Look(0)],
  };
  await t.property(arbitraryCase(t, false, [fc.constant(new Purge())]), async (c) => runCase(t, MODEL, ['PURGE-GONE-AFTER-DUE', 'PURGE-CANCELLED-KEPT', 'PURGE-NAME-REUSABLE'], c, { clock, offset: (await clock.now()) - Date.now() }), {
    runs: Math.ceil(t.profile.modelRuns / 3) + 1,
    examples: [fixed],
    unbiased: true,
  });
});
