/*---
requirements: [LIST-MARKER-CALLER]
source: 004 query marker (Start secret name of pagination query. If this parameter is left blank, only the first page is queried.)
info: |
  The marker is a secret name, so the caller may choose one: up to two of the four secrets the suite makes,
  taken from a full walk, each start a page (limit 2) right after that secret or at it
  (D-MARKER-SEMANTICS), in the order of the walk, whatever that order is (D-LIST-ORDER). A blank
  marker gives the same first page as no marker.
---*/
import { requirement, walkList } from '#harness';

const ID = 'LIST-MARKER-CALLER';
const same = (a: string[], b: string[]) => a.length === b.length && a.every((n, i) => n === b[i]);
const namesOf = (json: unknown) => (((json as { secrets?: Array<{ name?: unknown }> } | undefined)?.secrets ?? []).map((s) => String(s.name)));

requirement(ID, 'a caller-chosen marker and a blank marker page as documented', async (t) => {
  // Made here: a shared population outlives its file's clean-up. Four, because in any order at
  // most three of them can lack one secret before or two after (the first and the last two).
  const own = new Set<string>();
  for (let i = 0; i < 4; i++) own.add((await t.secrets.create({ label: 'cmark' })).name);
  const walk = await walkList(t.api);
  t.require(ID, !walk.problem, `the list walk failed: ${walk.problem?.message}`);
  const order = walk.names;
  // Own secrets with one before them (a marker on the first secret, read inclusively, is the first
  // page anyway) and two after them (so both readings predict a full page).
  const markers = order.map((name, i) => ({ name, i })).filter(({ name, i }) => own.has(name) && i >= 1 && i < order.length - 2);
  t.require(ID, markers.length > 0, `the list walk shows none of the ${own.size} secrets just made between others`);
  let handedOut: unknown;
  for (const { name, i } of markers.length > 1 ? [markers[0], markers.at(-1)!] : markers) {
    // A name the target just handed out as next_marker proves nothing about a caller's choice.
    if (name === handedOut) continue;
    const res = await t.api.listSecrets({ marker: name, limit: 2 });
    t.require(ID, res.status === 200, `ListSecrets with marker=${name} (a listed secret) answered ${res.status}`, res);
    handedOut = (res.json?.page_info as Record<string, unknown> | undefined)?.next_marker;
    const got = namesOf(res.json);
    const after = order.slice(i + 1, i + 3);
    const at = order.slice(i, i + 2);
    const ok = same(got, after) || same(got, at);
    t.verify(ID, ok, `marker=${name}, limit=2 answered [${got.join(', ')}]; the walk's order gives [${after.join(', ')}] (after the marker) or [${at.join(', ')}] (from it)`, res);
    if (ok) t.reading('D-MARKER-SEMANTICS', same(got, after) ? 'next-marker-is-last-of-page' : 'next-marker-is-first-of-next-page');
  }

  const plain = await t.api.listSecrets({ limit: 2 });
  const blank = await t.api.listSecrets({ marker: '', limit: 2 });
  t.require(ID, plain.status === 200, `ListSecrets with limit=2 answered ${plain.status}`, plain);
  t.verify(ID, blank.status === 200 && same(namesOf(blank.json), namesOf(plain.json)), `a blank marker answered ${blank.status} [${namesOf(blank.json).join(', ')}]; the first page is [${namesOf(plain.json).join(', ')}]`, blank);
});
