/*---
requirements: [NAME-PATTERN-REJECT, NAME-PATTERN-ACCEPT]
source: 003 Table 1 secret_name ("must match ^[a-zA-Z0-9_-]{1,64}$"); csms-facts §7 CreateSecret name
info: |
  Names outside the pattern are refused with a 4xx (on create, and on the path of the
  schedule operation); names inside it are accepted. Dotted names are disputed
  (D-NAME-DOTS) and only recorded. Every generated name starts with the run prefix, so
  nothing here can collide with a customer's secret.
---*/
import fc from 'fast-check';
import { requirement } from '#harness';

const VALID_CHAR = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-'.split(''));
const INVALID_CHAR = fc.constantFrom(' ', '!', '@', '#', '$', '%', '&', '*', '+', '/', ':', '=', '?', '~', 'é', '中', '"', "'", ',', ';');

requirement('NAME-PATTERN-REJECT', 'names outside ^[a-zA-Z0-9_-]{1,64}$ are refused with a 4xx', async (t) => {
  const prefix = t.secrets.name('bad');
  const tooLong = fc.integer({ min: 65, max: 80 }).map((n) => prefix + 'x'.repeat(n - prefix.length));
  const perClass = [`${prefix}/x`, `${prefix}é`, `${prefix}中`];
  const badChar = fc.tuple(fc.string({ unit: VALID_CHAR, maxLength: 8 }), INVALID_CHAR, fc.string({ unit: VALID_CHAR, maxLength: 8 })).map(([a, c, b]) => `${prefix}${a}${c}${b}`);
  await t.property(
    fc.oneof(tooLong, badChar),
    async (name) => {
      const created = await t.api.createSecret({ name, secret_string: t.secrets.value() });
      if (created.status === 200) await t.api.deleteSecret(name);
      t.status('NAME-PATTERN-REJECT', created, (s) => s >= 400 && s < 500, `CreateSecret with name ${JSON.stringify(name)} (${name.length} chars) must be refused`);
      // The schedule path too, for every name but the per-class ones (the create path judges those).
      if (perClass.includes(name)) return;
      const scheduled = await t.api.scheduleDeletion(name, { recovery_window_in_days: 7 });
      t.status('NAME-PATTERN-REJECT', scheduled, (s) => s >= 400 && s < 500, `scheduling secret_name ${JSON.stringify(name)} must be refused`);
    },
    // One fixed name per forbidden class: too long, a space, punctuation, a path separator, a
    // non-ASCII letter and a CJK character (a target matching letters by Unicode class takes both).
    { examples: [prefix + 'x'.repeat(65 - prefix.length), `${prefix} space`, `${prefix}!`, ...perClass], runs: t.profile.rejectedNameRuns },
  );

  // A dot is allowed by one source and not by another (D-NAME-DOTS): record, never fail.
  const dotted = `${prefix}.dot`;
  const res = await t.api.createSecret({ name: dotted, secret_string: t.secrets.value() });
  t.verify('NAME-PATTERN-REJECT', res.status < 500, `CreateSecret with dotted name answered ${res.status}`, res);
  t.reading('D-NAME-DOTS', res.status === 200 ? 'accepted' : 'rejected');
  if (res.status === 200) await t.api.deleteSecret(dotted);
});

requirement('NAME-PATTERN-ACCEPT', 'names matching ^[a-zA-Z0-9_-]{1,64}$ are accepted', async (t) => {
  const prefix = t.secrets.name('ok');
  const room = 64 - prefix.length;
  await t.property(
    fc.string({ unit: VALID_CHAR, minLength: 1, maxLength: room }),
    async (suffix) => {
      const name = prefix + suffix;
      const created = await t.api.createSecret({ name, secret_string: t.secrets.value() });
      t.status('NAME-PATTERN-ACCEPT', created, [200], `CreateSecret with valid name ${name} (${name.length} chars)`);
      if (created.status !== 200) return;
      try {
        // The name works on a path too (scheduling finds the secret by it).
        const scheduled = await t.api.scheduleDeletion(name, { recovery_window_in_days: 7 });
        t.status('NAME-PATTERN-ACCEPT', scheduled, [200], `scheduling ${name}`);
      } finally {
        await t.api.deleteSecret(name);
      }
    },
    // The longest name, and one suffix with every non-letter the rule allows.
    { examples: ['x'.repeat(room), '_-0'], runs: t.profile.schedulingRuns },
  );
});
