/*---
requirements: [PURGE-PENDING-UNTIL-DUE, PURGE-GONE-AFTER-DUE, PURGE-CANCELLED-KEPT]
source: 001 Function (delete a secret in 7 to 30 days); 002 Table 5 scheduled_delete_time; 003 Function (the secret will become available)
info: |
  Deferred obligations, for targets whose clock the kit cannot move (live regions). With
  CSMS_OBLIGATIONS=<ledger file>, the obligations earlier runs planted on this target and project
  are looked at: a secret scheduled with the minimum window must still be PENDING_DELETE before
  its scheduled_delete_time and gone a day after it; one whose task was cancelled must still be
  ENABLED then. Each is recorded as verified, violated or pending, in the ledger and as a note
  in the report. With CSMS_PLANT_OBLIGATIONS=1 the run plants two more. Without a ledger: not
  applicable. Nothing matured yet: skipped, saying when the next one matures.
---*/
import {
  type ApiResponse,
  BEFORE_DUE_MS,
  isNotFound,
  MATURITY_GRACE_MS,
  OBLIGATION_WINDOW_DAYS,
  obligationName,
  obligationSettings,
  readObligations,
  writeObligations,
  type Obligation,
  type ObligationKind,
  type CheckContext,
  deleteOwnSecret,
  addNote,
  requirement,
  toMs,
  type RequirementId,
} from '#harness';

const UNTIL = 'PURGE-PENDING-UNTIL-DUE';
const GONE = 'PURGE-GONE-AFTER-DUE';
const KEPT = 'PURGE-CANCELLED-KEPT';
const DAY_MS = 86_400_000;

/** The target's time: its Date header (whole seconds), else this machine's. */
function targetTime(res: ApiResponse): number {
  const d = Date.parse(res.headers.date ?? '');
  return Number.isNaN(d) ? Date.now() : d;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Looks at one pending obligation; returns whether a verdict (or a piece of evidence) came of it. */
async function follow(t: CheckContext, o: Obligation): Promise<boolean> {
  const res = await t.api.showSecret(o.secret);
  const now = targetTime(res);
  const state = res.json?.secret?.state as string | undefined;
  const seen = res.status === 200 ? `ShowSecret: ${state}` : `ShowSecret answered ${res.status}`;
  const after = `${((now - o.scheduledDeleteTime) / DAY_MS).toFixed(2)} days after its scheduled_delete_time ${iso(o.scheduledDeleteTime)}`;
  o.checkedAt = now;
  o.checkedBy = t.run.runId;
  const settle = (verdict: 'verified' | 'violated', requirement: RequirementId, detail: string): true => {
    o.state = verdict;
    o.detail = detail;
    t.verify(requirement, verdict === 'verified', `obligation ${o.kind} ${o.secret} (planted ${iso(o.plantedAt)} by run ${o.plantedBy}): ${detail}`, res);
    return true;
  };
  if (now >= o.maturesAt) {
    if (o.kind === 'purge' && isNotFound(res)) return settle('verified', GONE, `gone ${after}`);
    if (o.kind === 'purge' && res.status === 200) return settle('violated', GONE, `still there ${after} (${seen})`);
    if (o.kind === 'cancelled' && res.status === 200 && state === 'ENABLED') return settle('verified', KEPT, `still ENABLED ${after}`);
    if (o.kind === 'cancelled' && (isNotFound(res) || res.status === 200)) return settle('violated', KEPT, `${isNotFound(res) ? 'purged' : `not restored (${seen})`} ${after}, although its deletion was cancelled`);
  } else if (o.kind === 'purge' && now < o.scheduledDeleteTime - BEFORE_DUE_MS) {
    if (isNotFound(res)) return settle('violated', UNTIL, `gone ${((o.scheduledDeleteTime - now) / DAY_MS).toFixed(2)} days before its scheduled_delete_time ${iso(o.scheduledDeleteTime)}`);
    if (res.status === 200 && state === 'PENDING_DELETE') {
      o.detail = `still PENDING_DELETE at ${iso(now)}, as due`;
      t.verify(UNTIL, true, '');
      return true;
    }
  }
  o.detail = `pending: ${seen} at ${iso(now)}; matures ${iso(o.maturesAt)}`;
  return false;
}

/** Plants one obligation: a fresh secret scheduled with the minimum window (and cancelled, for `cancelled`). */
async function plant(t: CheckContext, kind: ObligationKind, n: number): Promise<Obligation | string> {
  const name = obligationName(t.run.prefix, kind, n);
  const created = await t.api.createSecret({ name, secret_string: t.secrets.value(), description: 'csms-conformance deferred obligation; the kit deletes it once judged' });
  if (created.status !== 200) return `could not plant ${name}: CreateSecret answered ${created.status}`;
  const scheduled = await t.api.scheduleDeletion(name, { recovery_window_in_days: OBLIGATION_WINDOW_DAYS });
  const when = Number(scheduled.json?.secret?.scheduled_delete_time);
  let problem = scheduled.status !== 200 || !(when > 0) ? `scheduling answered ${scheduled.status} with scheduled_delete_time ${JSON.stringify(scheduled.json?.secret?.scheduled_delete_time)}` : undefined;
  if (!problem && kind === 'cancelled') {
    const cancelled = await t.api.restoreSecret(name);
    if (cancelled.status !== 200) problem = `cancelling answered ${cancelled.status}`;
  }
  if (problem) {
    await deleteOwnSecret(t.api, name, t.run.prefix).catch(() => false);
    return `could not plant ${name}: ${problem}`;
  }
  const due = toMs(when);
  return { secret: name, kind, target: new URL(t.run.signingBaseUrl).host, project: t.run.config.projectId, plantedBy: t.run.runId, plantedAt: targetTime(scheduled), scheduledDeleteTime: due, maturesAt: due + MATURITY_GRACE_MS, state: 'pending' };
}

requirement(['PURGE-PENDING-UNTIL-DUE', 'PURGE-GONE-AFTER-DUE', 'PURGE-CANCELLED-KEPT'], 'deferred obligations planted by earlier runs hold when they mature', async (t) => {
  const settings = obligationSettings();
  const path = settings.ledgerPath;
  if (path === undefined) return t.notApplicable('no obligations ledger: set CSMS_OBLIGATIONS=<file> (and CSMS_PLANT_OBLIGATIONS=1 to plant) to follow the recovery window across runs');
  const ledger = readObligations(path);
  const host = new URL(t.run.signingBaseUrl).host;
  const mine = ledger.obligations.filter((o) => o.state === 'pending' && o.target === host && o.project === t.run.config.projectId);
  let judged = 0;
  const planted: string[] = [];
  try {
    for (const o of mine) {
      if (await follow(t, o)) judged += 1;
      addNote(t.record, { requirement: o.kind === 'cancelled' ? KEPT : GONE, message: `obligation ${o.kind} ${o.secret}: ${o.state} — ${o.detail}` });
      // Judged: it has served; what is left of it is removed (a verified purge left nothing).
      if (o.state !== 'pending') await deleteOwnSecret(t.api, o.secret, 'cct-').catch(() => false);
    }
    if (settings.plant) {
      for (const kind of ['purge', 'cancelled'] as const) {
        const o = await plant(t, kind, ledger.obligations.length + 1);
        if (typeof o === 'string') addNote(t.record, { requirement: GONE, message: o });
        else {
          ledger.obligations.push(o);
          planted.push(o.secret);
          addNote(t.record, { requirement: kind === 'cancelled' ? KEPT : GONE, message: `obligation ${kind} ${o.secret}: planted, scheduled_delete_time ${iso(o.scheduledDeleteTime)}, matures ${iso(o.maturesAt)}` });
        }
      }
    }
  } finally {
    writeObligations(path, ledger);
  }
  if (judged === 0) {
    const next = ledger.obligations.filter((o) => o.state === 'pending' && o.target === host).sort((a, b) => a.maturesAt - b.maturesAt)[0];
    // A skipped test's notes do not reach the report, so the reason names what is pending.
    t.skip(`no deferred obligation could be judged yet: ${mine.length} pending${next ? `, the next matures ${iso(next.maturesAt)}` : ''}${planted.length ? `; planted this run: ${planted.join(', ')}` : ''} (ledger: CSMS_OBLIGATIONS)`);
  }
});
