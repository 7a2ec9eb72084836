/*---
requirements: [LIST-LIMIT-VALID, LIST-LIMIT-INVALID]
source: 004 URI limit (String, "the number of records on each page")
info: |
  Numeric limits 1..50 are accepted and honoured. Invalid ones (non-numeric, zero, negative)
  must never get a 5xx; a 4xx is expected, acceptance is a lenient-acceptance note (a failure
  under CSMS_STRICT=1). Limits above 50 may be accepted or refused: no ceiling is documented
  (D-LIST-LIMIT-RANGE).
---*/
import fc from 'fast-check';
import { requirement } from '#harness';

requirement('LIST-LIMIT-VALID', 'numeric limits from 1 to 50 are accepted and honoured', async (t) => {
  // At least two secrets, so limit=1 has something to cut: made when the account holds fewer.
  let all = await t.api.listSecrets({ limit: 50 });
  if (t.run.stateful && (all.json?.secrets?.length ?? 0) < 2) {
    for (let i = all.json?.secrets?.length ?? 0; i < 2; i++) await t.secrets.create({ label: 'lim' });
    all = await t.api.listSecrets({ limit: 50 });
  }
  const available = all.json?.secrets?.length ?? 0;
  await t.property(
    fc.integer({ min: 1, max: 50 }),
    async (limit) => {
      const res = await t.api.listSecrets({ limit: String(limit) });
      t.status('LIST-LIMIT-VALID', res, [200], `limit=${limit}`);
      const n = res.json?.secrets?.length ?? 0;
      t.verify('LIST-LIMIT-VALID', n <= limit, `limit=${limit} returned ${n} secrets`, res);
      if (t.run.stateful) t.verify('LIST-LIMIT-VALID', n === Math.min(limit, available), `limit=${limit} returned ${n} secrets although ${available} exist`, res);
    },
    { examples: [1, 50] },
  );
  // Above 50 nothing is documented either way: record it.
  const big = await t.api.listSecrets({ limit: 1000 });
  t.verify('LIST-LIMIT-VALID', big.status < 500, `limit=1000 answered ${big.status}`, big);
  t.reading('D-LIST-LIMIT-RANGE', big.status === 200 ? 'large-accepted' : 'large-rejected', `limit=1000 → ${big.status}`);
});

const invalidLimits = fc.oneof(
  fc.string({ minLength: 1, maxLength: 6 }).filter((s) => !/^\s*\d+\s*$/.test(s)),
  fc.constant('0'),
  fc.integer({ min: -1000, max: -1 }).map(String),
  fc.double({ min: 0.1, max: 49.9, noNaN: true }).filter((d) => !Number.isInteger(d)).map(String),
);

requirement('LIST-LIMIT-INVALID', 'invalid limits never get a 5xx, and are refused unless the target is lenient', async (t) => {
  await t.property(
    invalidLimits,
    async (limit) => {
      const res = await t.api.listSecrets({ limit });
      t.verify('LIST-LIMIT-INVALID', res.status < 500, `limit=${JSON.stringify(limit)} answered ${res.status}`, res);
      if (res.status >= 200 && res.status < 300) {
        t.reading('D-WRONG-TYPE', 'accepted-leniently', `limit=${JSON.stringify(limit)}`);
        t.lenient('LIST-LIMIT-INVALID', `limit=${JSON.stringify(limit)} was accepted (${res.status})`, res);
      } else {
        t.verify('LIST-LIMIT-INVALID', res.status >= 400 && res.status < 500, `limit=${JSON.stringify(limit)} answered ${res.status}`, res);
      }
    },
    { examples: ['abc', '0', '-1', '1.5'] },
  );
});
