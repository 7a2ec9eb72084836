/*---
requirements: [LIST-LIMIT-INVALID]
source: 004 URI limit (String, "the number of records on each page")
info: |
  Invalid limits (non-numeric, zero, negative) must never get a 5xx; a 4xx is expected,
  acceptance is a lenient-acceptance note (a failure under CSMS_STRICT=1). Valid limits are
  checked next to the pagination population (pagination.test.ts), on an account holding more
  secrets than any limit tried.
---*/
import fc from 'fast-check';
import { requirement } from '#harness';

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
