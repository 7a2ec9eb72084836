/*---
requirements: [PROJECT-SCOPE]
source: 004 Function (all secrets created by the current user in the current project); 000 and 003 Table 1 project_id (32 characters)
info: |
  Through another project_id, this project's secrets are invisible: ShowSecret and
  RestoreSecret never reach a pending secret of this run, ListSecrets never lists it, and a batch
  delete never deletes a secret bound to this run's instance. Any 4xx passes (credentials are
  scoped to a project), and so does an answer for that other, empty project. The other project
  is CSMS_SECOND_PROJECT_ID when given (then a secret made there must be invisible here too);
  otherwise, on an emulator, a generated 32-character id and a 31-character one. On live the kit
  sends nothing to a project it does not hold: not applicable without CSMS_SECOND_PROJECT_ID.
---*/
import { randomBytes } from 'node:crypto';
import {
  requirement,
  type CheckContext,
  batchDeleteIfSafe,
  destructiveAllowed,
  notFoundReading,
  addNote,
  Skipped,
  walkList,
} from '#harness';

const ID = 'PROJECT-SCOPE';
const is4xx = (status: number) => status >= 400 && status < 500;

/** A secret bound to a fresh instance, or undefined when the target cannot bind one (D-SECRET-TYPE). */
async function boundSecret(t: CheckContext): Promise<{ name: string; instance: string } | undefined> {
  if (destructiveAllowed(t) !== undefined) return undefined;
  const instance = `${t.secrets.name('scope')}-inst`;
  try {
    return { name: (await t.secrets.create({ label: 'scopebound', instanceId: instance, skipIfRefused: true })).name, instance };
  } catch (e) {
    if (!(e instanceof Skipped)) throw e;
    addNote(t.record, { requirement: ID, message: `batch delete through another project not tried: ${e.message}` });
    return undefined;
  }
}

requirement(ID, "another project's secrets are invisible, in both directions", async (t) => {
  const second = t.run.config.secondProjectId;
  if (!second && t.run.targetClass === 'live') t.notApplicable('needs a second project of the account (CSMS_SECOND_PROJECT_ID): the kit sends nothing to a project it does not hold');
  const others = second ? [second] : [randomBytes(16).toString('hex'), randomBytes(16).toString('hex').slice(0, 31)];
  const pending = await t.secrets.pending(30, 'scope');
  const bound = await boundSecret(t);

  for (const projectId of others) {
    const where = `through project_id ${projectId} (${projectId.length} characters)`;
    const shown = await t.api.showSecret(pending, { projectId });
    t.verify(ID, is4xx(shown.status), `ShowSecret of this project's ${pending} ${where} answered ${shown.status}`, shown);
    const listed = await t.api.listSecrets({}, { projectId });
    const names = (listed.json?.secrets ?? []).map((s) => String(s.name));
    t.verify(ID, is4xx(listed.status) || (listed.status === 200 && !names.includes(pending)), `ListSecrets ${where} answered ${listed.status}${names.includes(pending) ? ` and lists this project's ${pending}` : ''}`, listed);
    const restored = await t.api.restoreSecret(pending, { projectId });
    t.verify(ID, is4xx(restored.status), `RestoreSecret of this project's ${pending} ${where} answered ${restored.status}`, restored);
    // Off loopback the other project is walked first: nothing it holds may name the instance.
    const batch = bound ? (await batchDeleteIfSafe(t, bound.instance, { extra: { projectId } })).res : undefined;
    if (bound && batch) {
      const hit = (batch.json?.success_secrets ?? []).map(String).includes(bound.name);
      t.verify(ID, is4xx(batch.status) || (batch.status === 200 && !hit), `BatchDeleteSecrets of this project's instance ${where} answered ${batch.status}${hit ? ` and deleted ${bound.name}` : ''}`, batch);
    }
  }
  const after = await t.api.showSecret(pending);
  t.verify(ID, after.json?.secret?.state === 'PENDING_DELETE', `after the requests through other projects, ${pending} is ${String(after.json?.secret?.state ?? after.status)} here`, after);
  if (bound) {
    const still = await t.api.showSecret(bound.name);
    t.verify(ID, still.status === 200, `after a batch delete through another project, ${bound.name} answers ${still.status} here`, still);
  }
  if (second) await theirsInvisibleHere(t, second);
});

/** A secret made in the second project is invisible in this one (and removed again). */
async function theirsInvisibleHere(t: CheckContext, second: string): Promise<void> {
  const name = t.secrets.name('theirs');
  const made = await t.api.createSecret({ name, secret_string: t.secrets.value(), description: 'csms-conformance fixture; safe to delete' }, { projectId: second });
  if (made.status !== 200) {
    addNote(t.record, { requirement: ID, message: `the second project's side not checked: CreateSecret in project ${second} answered ${made.status} (exchange #${made.exchange.id})` });
    return;
  }
  try {
    const shown = await t.api.showSecret(name);
    t.verify(ID, notFoundReading(shown) !== undefined, `${name}, made in project ${second}, answers ShowSecret here with ${shown.status}`, shown);
    const walk = await walkList(t.api);
    t.verify(ID, !walk.names.includes(name), `${name}, made in project ${second}, is listed here`);
  } finally {
    await t.api.deleteSecret(name, { projectId: second }).catch(() => undefined);
  }
}
