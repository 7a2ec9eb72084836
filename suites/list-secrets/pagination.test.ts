/*---
requirements: [LIST-WALK-COMPLETE, LIST-COUNT, LIST-END, LIST-STABLE-ORDER, LIST-PENDING-VISIBLE, LIST-DEFAULT-LIMIT, LIST-LIMIT-VALID]
source: '004 URI (limit, marker; limit "Default value: 50"), 004 PageInfo (next_marker, previous_marker, current_count), 004 Function ("all secrets")'
info: |
  Properties over generated limits (1..50, since a target may refuse more: D-LIST-LIMIT-RANGE),
  on a population of the suite's own secrets among whatever else the account holds. No order
  is assumed. The walk may end with a
  null or absent next_marker or with a final empty page (D-LAST-PAGE); next_marker may name
  the last secret of the page or the first of the next (D-MARKER-SEMANTICS).
  The page-size checks, last: the account is topped up to 51 secrets (the population counts)
  when it holds fewer, and then a page without limit holds exactly 50 and a numeric limit from
  1 to 50 exactly that many (limits above 50 may be refused: recorded). Where batch delete is
  allowed, the fill is bound to a generated instance, which the file's clean-up removes in one request.
---*/
import fc from 'fast-check';
import {
  requirement,
  fillPast,
  perFile,
  population,
  type Population,
  expectedInWalk,
  pendingListing,
  duplicates,
  walkList,
  type Walk,
  type CheckContext,
  type ReadingId,
} from '#harness';

const SIZE = 7;
const PENDING = 2;
/** The largest limit every target must take (004 default 50; LIST-LIMIT-VALID), and the default. */
const MAX_SURE_LIMIT = 50;
const DEFAULT_LIMIT = 50;


/** Fails the run on the first broken invariant (inside a property every check throws). */
function checkWalk(t: CheckContext, walk: Walk, limit: number, pop: Population): void {
  // Duplicates first: an overlapping walk also runs long, but the overlap is the cause.
  const dups = duplicates(walk.names);
  t.verify('LIST-WALK-COMPLETE', dups.length === 0, `limit=${limit}: ${dups.slice(0, 3).join(', ')} listed more than once`);
  if (walk.problem) t.verify(walk.problem.requirement, false, `limit=${limit}: ${walk.problem.message}`);
  // Pending secrets count only when the walk lists pending secrets at all (D-LIST-PENDING).
  const own = expectedInWalk(pop.names, pop.pending, walk);
  const missing = own.filter((n) => !walk.names.includes(n));
  t.verify('LIST-WALK-COMPLETE', missing.length === 0, `limit=${limit}: ${missing.length} of the suite's ${own.length} secrets never listed (${missing.slice(0, 3).join(', ')})`);
  walk.pages.forEach((page, i) => {
    t.verify('LIST-COUNT', page.currentCount === page.names.length, `limit=${limit}, page ${i + 1}: current_count ${JSON.stringify(page.currentCount)} but ${page.names.length} secrets`);
    t.verify('LIST-COUNT', page.names.length <= limit, `limit=${limit}, page ${i + 1}: ${page.names.length} secrets`);
  });
  t.verify('LIST-END', walk.ending !== undefined, `limit=${limit}: the walk did not end by a documented ending`);
}

function recordReadings(t: CheckContext, walk: Walk): void {
  if (walk.ending) t.reading('D-LAST-PAGE', walk.ending);
  const [first, second] = walk.pages;
  if (first && second && typeof first.nextMarker === 'string') {
    if (first.nextMarker === first.names.at(-1)) t.reading('D-MARKER-SEMANTICS', 'next-marker-is-last-of-page');
    else if (first.nextMarker === second.names[0]) t.reading('D-MARKER-SEMANTICS', 'next-marker-is-first-of-next-page');
  }
}

/**
 * One walk with the default limit over the file's population, observed by every check of the
 * file that needs the whole list (made by whichever runs first; nothing here changes the list).
 */
const defaultWalk = (t: CheckContext) => perFile(t, 'default walk', async () => (await population(t, SIZE, PENDING), walkList(t.api)));

requirement(['LIST-WALK-COMPLETE', 'LIST-COUNT', 'LIST-END'], 'walking next_marker visits every secret once, with honest counts, and ends', async (t) => {
  const pop = await population(t, SIZE, PENDING);
  const first = await defaultWalk(t);
  checkWalk(t, first, 50, pop);
  recordReadings(t, first);
  const total = new Set(first.names).size;
  // Limits stay within 1..50: a target may refuse every limit above the default
  // (D-LIST-LIMIT-RANGE), and a refusal here would be a walk failure. Within that, keep
  // the smallest walk within the profile's page count (enough boundaries for an overlap or a
  // skipped item to show; the limit follows the account's size, so the cost does not).
  const largest = Math.min(MAX_SURE_LIMIT, total + 2);
  const smallest = Math.min(largest, Math.max(1, Math.ceil(total / t.profile.smallWalkPages)));
  const examples = [...new Set([smallest, total, total + 1].filter((l) => l >= smallest && l <= largest))];
  await t.property(
    fc.integer({ min: smallest, max: largest }),
    async (limit) => {
      const walk = await walkList(t.api, { limit, maxPages: Math.ceil(total / limit) + 5 });
      checkWalk(t, walk, limit, pop);
      recordReadings(t, walk);
    },
    { examples, runs: examples.length + t.profile.paginationRuns },
  );
});

requirement('LIST-STABLE-ORDER', 'repeated walks return the same order', async (t) => {
  const pop = await population(t, SIZE, PENDING);
  // Walks of a few pages each, whatever the account holds: the first (default limit) counts it.
  const total = new Set((await defaultWalk(t)).names).size;
  const limit = Math.max(2, Math.ceil(total / Math.max(2, t.profile.smallWalkPages / 2)));
  const own = new Set(pop.names);
  const a = (await walkList(t.api, { limit })).names.filter((n) => own.has(n));
  const b = (await walkList(t.api, { limit })).names.filter((n) => own.has(n));
  t.verify('LIST-STABLE-ORDER', JSON.stringify(a) === JSON.stringify(b), `two walks with limit=${limit} listed the suite's secrets in different orders: ${a.slice(0, 4).join(',')}… vs ${b.slice(0, 4).join(',')}…`);
  t.reading('D-LIST-ORDER', orderOf(a, pop.names));
});

requirement('LIST-PENDING-VISIBLE', 'secrets pending deletion are all listed as PENDING_DELETE, or all left out', async (t) => {
  const pop = await population(t, SIZE, PENDING);
  if (pop.pending.size === 0) t.skip('precondition: no secret of the population could be scheduled for deletion');
  const walk = await defaultWalk(t);
  t.require('LIST-PENDING-VISIBLE', !walk.problem, `the walk failed: ${walk.problem?.message}`);
  const { reading, problems } = pendingListing(walk, pop.pending);
  if (reading) t.reading('D-LIST-PENDING', reading);
  t.verify('LIST-PENDING-VISIBLE', problems.length === 0, problems.join('; '));
});

/**
 * The account topped up past the default page (51 secrets, the population counts), shared by
 * the page-size checks last in the file; the file's clean-up removes the fill.
 */
const filled = (t: CheckContext) => perFile(t, 'fill', async () => fillPast(t, new Set((await defaultWalk(t)).names).size, DEFAULT_LIMIT));

requirement('LIST-DEFAULT-LIMIT', 'without limit a page holds 50 secrets when more exist', async (t) => {
  const total = await filled(t);
  const res = await t.api.listSecrets();
  t.require('LIST-DEFAULT-LIMIT', res.status === 200, `ListSecrets without limit answered ${res.status}`, res);
  const count = res.json?.secrets?.length ?? 0;
  t.verify('LIST-DEFAULT-LIMIT', count === DEFAULT_LIMIT, `with ${total} secrets on the account, the first page without limit holds ${count}, not ${DEFAULT_LIMIT}`, res);
});

requirement('LIST-LIMIT-VALID', 'numeric limits from 1 to 50 are accepted and honoured', async (t) => {
  // More secrets than any limit tried, so every page must be exactly as long as its limit (a
  // target that clamps limits shows it); the stateless mock has no account to fill.
  const total = t.run.stateful ? await filled(t) : 0;
  await t.property(
    fc.integer({ min: 1, max: MAX_SURE_LIMIT }),
    async (limit) => {
      const res = await t.api.listSecrets({ limit: String(limit) });
      t.status('LIST-LIMIT-VALID', res, [200], `limit=${limit}`);
      const n = res.json?.secrets?.length ?? 0;
      t.verify('LIST-LIMIT-VALID', n <= limit, `limit=${limit} returned ${n} secrets`, res);
      if (t.run.stateful) t.verify('LIST-LIMIT-VALID', n === limit, `limit=${limit} returned ${n} secrets although ${total} exist`, res);
    },
    { examples: [1, MAX_SURE_LIMIT] },
  );
  // Above 50 nothing is documented either way: record it.
  const big = await t.api.listSecrets({ limit: 1000 });
  t.verify('LIST-LIMIT-VALID', big.status < 500, `limit=1000 answered ${big.status}`, big);
  t.reading('D-LIST-LIMIT-RANGE', big.status === 200 ? 'large-accepted' : 'large-rejected', `limit=1000 → ${big.status}`);
});

/** Names the order the target showed, for the register (never asserted: the documents are silent). */
function orderOf(listed: string[], created: string[]): ReadingId<'D-LIST-ORDER'> {
  const sorted = [...listed].sort();
  if (JSON.stringify(listed) === JSON.stringify(sorted)) return 'name-ascending';
  const byCreation = created.filter((n) => listed.includes(n));
  if (JSON.stringify(listed) === JSON.stringify(byCreation)) return 'creation-ascending';
  if (JSON.stringify(listed) === JSON.stringify([...byCreation].reverse())) return 'creation-descending';
  return 'other';
}
