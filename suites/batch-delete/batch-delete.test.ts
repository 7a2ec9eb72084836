/*---
requirements: [BATCH-RESPONSE-SCHEMA, BATCH-TOTAL, BATCH-ALL-BOUND, BATCH-SUCCESS-GONE, BATCH-FAILED-REMAIN, BATCH-SCOPE]
source: 000 Function, Request Parameters (instance_id, instance_type), Response Parameters, Example Responses
info: |
  Secrets bound to an instance id the suite generated (secret_type RDS-FG or RDS, whichever the
  target takes: D-SECRET-TYPE; rotation_config InstanceId) are batch-deleted. A target that
  binds no secret to an instance skips these checks, with the refusing exchange. A pending one may be reported failed, as the example shows,
  or deleted (D-BATCH-PENDING). Secrets of another instance and unbound ones are untouched.
  Destructive: loopback targets only, unless CSMS_ALLOW_DESTRUCTIVE=1.
---*/
import { requirement, batchDeleteOrSkip, batchInstanceId, walkList, skipUnlessBatchMatched } from '#harness';

requirement('BATCH-RESPONSE-SCHEMA', 'the batch-delete answer matches the spec', async (t) => {
  const instance = await batchInstanceId(t, 'schema');
  if (t.run.stateful) await t.secrets.create({ label: 'bschema', instanceId: instance, skipIfRefused: true });
  const res = await batchDeleteOrSkip(t, instance);
  t.require('BATCH-RESPONSE-SCHEMA', res.status === 200, `BatchDeleteSecrets answered ${res.status}`, res);
  // The contract checks validated the body against the spec. 000 does not mark the lists
  // mandatory, so an empty one may be left out or null; when present, each must be a list.
  const isListOrUnset = (v: unknown) => v === undefined || v === null || Array.isArray(v);
  t.verify('BATCH-RESPONSE-SCHEMA', isListOrUnset(res.json?.success_secrets) && isListOrUnset(res.json?.failed_secrets), 'success_secrets or failed_secrets is not a list', res);
}, { needs: ['destructive'] });

requirement(
  ['BATCH-TOTAL', 'BATCH-ALL-BOUND', 'BATCH-SUCCESS-GONE', 'BATCH-FAILED-REMAIN', 'BATCH-SCOPE'],
  'batch delete removes what the instance holds, reports it honestly, and touches nothing else',
  async (t) => {
    const instance = await batchInstanceId(t, 'b');
    const other = `${t.secrets.name('other')}-inst`;
    const bound: string[] = [];
    for (let i = 0; i < 3; i++) bound.push((await t.secrets.create({ label: 'bound', instanceId: instance, skipIfRefused: true })).name);
    // Named to sort before the ENABLED ones: a batch that skips its last secret then misses an
    // ENABLED one, which no reading allows, not the pending one (which it may leave uncounted).
    const pendingBound = (await t.secrets.create({ label: 'abound', instanceId: instance, skipIfRefused: true })).name;
    await t.api.scheduleDeletion(pendingBound, { recovery_window_in_days: 7 });
    const otherInstance = (await t.secrets.create({ label: 'otherinst', instanceId: other, skipIfRefused: true })).name;
    const unbound = (await t.secrets.create({ label: 'unbound' })).name;

    const all = [...bound, pendingBound];
    const res = await batchDeleteOrSkip(t, instance);
    t.require('BATCH-TOTAL', res.status === 200, `BatchDeleteSecrets answered ${res.status}`, res);
    const body = res.json!;
    const success: string[] = (body.success_secrets ?? []).map(String);
    const failed = (body.failed_secrets ?? []) as Array<{ secret_name?: string; error_msg?: string }>;
    const failedNames = failed.map((f) => String(f.secret_name));
    await skipUnlessBatchMatched(t, res, instance, all);

    t.verify('BATCH-TOTAL', body.total === success.length + failed.length, `total is ${body.total} but ${success.length} succeeded and ${failed.length} failed`, res);
    const overlap = success.filter((n) => failedNames.includes(n));
    t.verify('BATCH-TOTAL', overlap.length === 0, `${overlap.join(', ')} reported both deleted and failed`, res);

    t.verify('BATCH-ALL-BOUND', bound.every((n) => success.includes(n)), `bound ENABLED secrets not reported deleted: ${bound.filter((n) => !success.includes(n)).join(', ')}`, res);
    t.verify('BATCH-ALL-BOUND', bound.every((n) => success.includes(n) || failedNames.includes(n)), `bound secrets missing from the answer: ${bound.filter((n) => !success.includes(n) && !failedNames.includes(n)).join(', ')}`, res);
    // The pending one may be reported failed, deleted, or neither counted nor touched (D-BATCH-PENDING).
    const pendingReading = success.includes(pendingBound) ? 'deleted' : failedNames.includes(pendingBound) ? 'reported-failed' : 'not-counted';
    t.reading('D-BATCH-PENDING', pendingReading);
    if (pendingReading === 'not-counted') {
      const shown = await t.api.showSecret(pendingBound);
      t.verify('BATCH-TOTAL', shown.status === 200, `${pendingBound} (bound, pending) is not in the answer, yet ShowSecret answers ${shown.status}: deleted without being reported`, shown);
    }

    // Each secret is shown once after the batch, and that answer serves every check about it.
    const afterBatch = new Map<string, Awaited<ReturnType<typeof t.api.showSecret>>>();
    const show = async (name: string) => afterBatch.get(name) ?? afterBatch.set(name, await t.api.showSecret(name)).get(name)!;
    for (const name of bound) {
      const shown = await show(name);
      t.verify('BATCH-ALL-BOUND', shown.status !== 200, `${name} was bound to ${instance} and ENABLED, but still exists after the batch delete`, shown);
    }
    const walk = await walkList(t.api);
    for (const name of success) {
      const shown = await show(name);
      t.verify('BATCH-SUCCESS-GONE', shown.status === 404 || shown.status === 400, `${name} was reported deleted but ShowSecret answers ${shown.status}`, shown);
      t.verify('BATCH-SUCCESS-GONE', !walk.names.includes(name), `${name} was reported deleted but is still listed`);
      t.secrets.forget(name);
    }
    if (failed.length === 0) t.unexercised('BATCH-FAILED-REMAIN', 'the batch reported no secret failed (D-BATCH-PENDING: the pending one was deleted or not counted), so none can be seen to remain');
    for (const f of failed) {
      t.verify('BATCH-FAILED-REMAIN', typeof f.error_msg === 'string' && f.error_msg.length > 0, `failed secret ${f.secret_name} has no error_msg`, res);
      const shown = await show(String(f.secret_name));
      t.verify('BATCH-FAILED-REMAIN', shown.status === 200, `${f.secret_name} was reported failed but ShowSecret answers ${shown.status}`, shown);
    }
    for (const name of [otherInstance, unbound]) {
      const shown = await t.api.showSecret(name);
      t.verify('BATCH-SCOPE', shown.status === 200 && shown.json?.secret?.state === 'ENABLED', `${name} (not bound to ${instance}) was touched: ShowSecret answers ${shown.status} ${shown.json?.secret?.state ?? ''}`, shown);
      t.verify('BATCH-SCOPE', !success.includes(name) && !failedNames.includes(name), `${name} (not bound to ${instance}) appears in the answer`, res);
    }
  }, { needs: ['destructive', 'binding'] },
);
