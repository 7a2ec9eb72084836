/*---
requirements: [LIST-PREVIOUS-MARKER]
source: 004 PageInfo previous_marker (Name of the start secret on the current page and name of the end secret on the previous page)
info: |
  On the first three pages of a walk with limit 2, a previous_marker, when given (it is not
  mandatory), names the first secret of its page or the last secret of the previous page: the
  two halves of 004's description (D-MARKER-SEMANTICS). On the first page only the first fits.
---*/
import { requirement } from '#harness';

const ID = 'LIST-PREVIOUS-MARKER';
const PAGES = 3;
const MIN_SECRETS = 3;

requirement(ID, 'previous_marker names the start of its page or the end of the previous one', async (t) => {
  // At least three secrets, so a second page of two exists: made here when the account holds fewer.
  const listed = await t.api.listSecrets({ limit: String(MIN_SECRETS) });
  for (let i = listed.json?.secrets?.length ?? 0; i < MIN_SECRETS; i++) await t.secrets.create({ label: 'pmark' });
  const pages: Array<{ names: string[]; previous: unknown; exchange: number }> = [];
  let marker: string | undefined;
  for (let i = 0; i < PAGES; i++) {
    const res = await t.api.listSecrets({ limit: 2, marker });
    t.require(ID, res.status === 200, `ListSecrets limit=2${marker ? ` marker=${marker}` : ''} answered ${res.status}`, res);
    const names = (res.json?.secrets ?? []).map((s) => String(s.name));
    const info = (res.json?.page_info ?? {}) as Record<string, unknown>;
    pages.push({ names, previous: info.previous_marker, exchange: res.exchange.id });
    const next = info.next_marker;
    if (names.length === 0 || typeof next !== 'string' || next === '') break;
    marker = next;
  }
  pages.forEach((page, i) => {
    const pm = page.previous;
    if (pm === undefined || pm === null || pm === '' || page.names.length === 0) return;
    const endOfPrevious = i > 0 ? pages[i - 1].names.at(-1) : undefined;
    t.verify(ID, pm === page.names[0] || (endOfPrevious !== undefined && pm === endOfPrevious), `page ${i + 1} [${page.names.join(', ')}] has previous_marker ${JSON.stringify(pm)}; expected ${page.names[0]}${endOfPrevious ? ` or ${endOfPrevious}` : ''}`);
  });
});
