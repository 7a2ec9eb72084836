/*---
requirements: [GEN-NO-5XX, GEN-STATUS-DOCUMENTED, GEN-JSON-CONTENT-TYPE, GEN-ERROR-BODY, FIXTURE-RESPONSE-SCHEMA, SHOW-NO-VALUE]
source: Status Codes tables of 000-004; csms-facts §7 (fixture operations) and §9 (error bodies)
info: |
  These checks run on every response of every test (fixtures/kit/harness/checks/check.ts).
  The tests here make sure each is exercised at least once, with ordinary and malformed
  requests, whatever else the run filters.
---*/
import { perFile, requirement, type CheckContext } from '#harness';

/** One ENABLED secret for the two error-provoking checks: each only sends requests it must refuse. */
const target = (t: CheckContext) => perFile(t, 'enabled', () => t.secrets.enabled('gen'));

requirement(['GEN-NO-5XX', 'GEN-STATUS-DOCUMENTED', 'GEN-JSON-CONTENT-TYPE'], 'ordinary and malformed requests get documented, JSON, non-5xx answers', async (t) => {
  const name = await target(t);
  const answers = [
    await t.api.listSecrets(),
    await t.api.showSecret(name),
    await t.api.scheduleDeletion(name, { recovery_window_in_days: 'seven' }),
    await t.api.listSecrets({ marker: t.secrets.name('nomarker') }),
  ];
  // Malformed JSON reaches Prism's own parser, whose error body is Prism's, not the spec's.
  if (t.run.stateful) answers.push(await t.api.scheduleDeletion(name, undefined, { rawBody: '{"recovery_window_in_days":' }));
  // The contract checks have judged each answer; nothing more to assert than that they ran.
  t.verify('GEN-NO-5XX', answers.every((a) => a.status < 500), 'a 5xx answer (see the contract failure for which)');
});

requirement('GEN-ERROR-BODY', 'error answers carry error_code and error_msg in a documented shape', async (t) => {
  const name = await target(t);
  // A window of 5 must be refused (002 Table 3), so this error is the target's, not ours.
  const res = await t.api.scheduleDeletion(name, { recovery_window_in_days: 5 });
  t.require('GEN-ERROR-BODY', res.status >= 400 && res.status < 500, `a window of 5 answered ${res.status}`, res);
  // The contract check judges every error body and records its shape (flat, nested or
  // gateway: D-ERROR-SHAPE). Event errors are provoked in the event-filter test, once the
  // target has shown it has a secret-events API at all.
});

requirement(['FIXTURE-RESPONSE-SCHEMA', 'SHOW-NO-VALUE'], 'create, show, update, read value and delete answer as the spec says, and show hides the value', async (t) => {
  const { name } = await t.secrets.create({ label: 'fix' });
  const shown = await t.api.showSecret(name);
  const key = String(shown.json?.secret?.kms_key_id ?? '');
  if (key) t.reading('D-KMS-KEY-FORMAT', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(key) ? 'uuid' : /^[0-9a-f]{32}$/i.test(key) ? 'hex32' : 'other');
  t.status('FIXTURE-RESPONSE-SCHEMA', shown, [200], `ShowSecret ${name}`);
  t.verify('SHOW-NO-VALUE', !/"secret_(string|binary)"\s*:/.test(shown.text), 'ShowSecret returned the value', shown);
  t.status('FIXTURE-RESPONSE-SCHEMA', await t.api.updateSecret(name, { description: 'csms-conformance: updated' }), [200], `UpdateSecret ${name}`);
  t.status('FIXTURE-RESPONSE-SCHEMA', await t.api.showSecretVersion(name, 'latest'), [200], `ShowSecretVersion ${name} latest`);
  t.status('FIXTURE-RESPONSE-SCHEMA', await t.api.deleteSecret(name), [200, 202, 204], `DeleteSecret ${name}`);
  t.secrets.forget(name);
});
