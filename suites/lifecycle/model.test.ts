/*---
requirements: [LIFECYCLE-MODEL, SCHED-RESCHEDULE-FRESH, DELETE-PENDING-GONE, LIFECYCLE-MODEL-BATCH, BATCH-NO-RESTORE]
source: 001/002 Function and Constraints, 003 Function and Constraints, 004 Function, 000 Function and Constraints; csms-facts §7, §9
info: |
  Model-based test (fc.commands + asyncModelRun): random sequences of create, schedule(n),
  cancel, reschedule, look (show and read), update, list and delete over two name slots, from an
  empty start or from one ENABLED and one pending secret. After every step the touched secret
  is compared with a model of the documented state machine: state, scheduled_delete_time (the
  request time plus N days, within a day, since rounding is silent), readability (read back
  after a create, a cancel and a look), and after a removal its absence from show and every
  list page. A fixed tour of the transitions (update, schedule, update refused while pending,
  cancel, schedule again with another window, a second schedule refused, delete while pending
  and while ENABLED) runs on every seed, before the profile's random ones. The batch half binds secrets
  to an instance and batch-deletes it over mixed states; it is skipped, with the refusing
  exchange, when the target cannot bind a secret or batch deletion is not allowed. Every
  documented reading is accepted (D-NOT-FOUND, D-LIST-PENDING, D-BATCH-PENDING, D-SECRET-TYPE,
  D-SCHEDULED-TIME-NULL). A failure shrinks to a minimal sequence, printed with its seed.
---*/
import {
  requirement,
  batchDeleteOrSkip,
  skipUnlessBatchMatched,
  BATCH_MODEL,
  BatchDelete,
  Cancel,
  Create,
  Delete,
  MODEL,
  Schedule,
  Update,
  arbitraryCase,
  runCase,
  type Case,
} from '#harness';

requirement(['LIFECYCLE-MODEL', 'SCHED-RESCHEDULE-FRESH', 'DELETE-PENDING-GONE'], 'random lifecycles keep every observable in step with the documented state machine', async (t) => {
  // On every seed, a tour of the transitions, each observed (from an ENABLED slot 0 and a slot 1
  // pending for 30 days): an ENABLED secret deleted is gone from show and list, and its name
  // taken again; an update, then a schedule that must show (nothing the update left behind may
  // mask it); an update refused while pending; a cancel, and a new schedule with a fresh time (10
  // days, not the first 7); a second schedule of the pending slot 1 refused, still due in 30
  // days; the once-cancelled pending secret deleted is gone too. (A failure stops a sequence, so
  // the plain delete comes before the pending one.)
  const fixed: Case = {
    start: 'seeded',
    steps: [new Delete(0), new Create(0, false), new Update(0), new Schedule(0, 7), new Update(0), new Cancel(0), new Schedule(0, 10), new Schedule(1, 10), new Delete(0)],
  };
  await t.property(arbitraryCase(t, false), (c) => runCase(t, MODEL, ['SCHED-RESCHEDULE-FRESH', 'DELETE-PENDING-GONE'], c), {
    // The fixed sequence, then the profile's random ones.
    runs: 1 + t.profile.modelRuns,
    examples: [fixed],
    // Unbiased: fast-check otherwise keeps the first runs' sequences tiny, and a profile has few runs.
    unbiased: true,
  });
});

requirement(['LIFECYCLE-MODEL-BATCH', 'BATCH-NO-RESTORE', 'SCHED-RESCHEDULE-FRESH', 'DELETE-PENDING-GONE'], 'random lifecycles with batch deletes over mixed states keep the target in step', async (t) => {
  // Can this target bind a secret to an instance at all (RDS or RDS-FG, D-SECRET-TYPE, and a batch
  // delete that finds it)? If not, this half is skipped with the refusing exchange; the model
  // above ran without binding.
  const probeInstance = `${t.secrets.name('mprobe')}-inst`;
  const probe = await t.secrets.create({ label: 'mprobe', instanceId: probeInstance, skipIfRefused: true });
  const boundType = String(probe.secret?.secret_type ?? 'RDS-FG');
  const matched = await batchDeleteOrSkip(t, probeInstance);
  t.require(BATCH_MODEL, matched.status === 200, `BatchDeleteSecrets of the probe's instance answered ${matched.status}`, matched);
  await skipUnlessBatchMatched(t, matched, probeInstance, [probe.name]);
  const probed: string[] = (matched.json?.success_secrets ?? []).map(String);
  if (probed.includes(probe.name)) t.secrets.forget(probe.name);
  // On every seed: an unbound, a bound pending and a bound ENABLED secret batch-deleted; the
  // deleted one cannot be restored (000 Constraints), its name can be taken again.
  const fixed: Case = { start: 'seeded', steps: [new BatchDelete(), new Cancel(2), new Cancel(1), new Create(2, true)] };
  await t.property(arbitraryCase(t, true), (c) => runCase(t, BATCH_MODEL, ['BATCH-NO-RESTORE', 'SCHED-RESCHEDULE-FRESH', 'DELETE-PENDING-GONE'], c, { boundType }), {
    // Fewer random runs than above (profiles.ts): each batch step observes every slot and walks the list.
    runs: 1 + t.profile.batchModelRuns,
    examples: [fixed],
    unbiased: true,
  });
}, { needs: ['destructive', 'binding'] });
