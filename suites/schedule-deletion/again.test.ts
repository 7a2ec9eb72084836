/*---
requirements: [SCHED-AGAIN-0107]
source: csms-facts §9 error table (400 CSMS.0107 "The secret is in schedule delete state", 400 CSMS.0103 "The secret is in the scheduled deletion state"); 000 example
info: |
  Scheduling a secret that is already pending answers 400 CSMS.0107 or 400 CSMS.0103: both
  rows of the error table fit (D-AGAIN-CODE). Only the code is asserted (D-0107-TEXT).
---*/
import { requirement, errorCode, type ReadingId } from '#harness';

const CODES: ReadonlyArray<ReadingId<'D-AGAIN-CODE'>> = ['CSMS.0107', 'CSMS.0103'];

requirement('SCHED-AGAIN-0107', 'scheduling a pending secret again answers 400 CSMS.0107 or CSMS.0103', async (t) => {
  const name = await t.secrets.pending(30, 'again');
  const res = await t.api.scheduleDeletion(name, { recovery_window_in_days: 10 });
  const code = errorCode(res);
  const ok = res.status === 400 && CODES.some((c) => c === code);
  t.verify('SCHED-AGAIN-0107', ok, `a second schedule answered ${res.status} ${code ?? ''}; expected 400 CSMS.0107 or CSMS.0103`, res);
  if (ok) t.reading('D-AGAIN-CODE', code as ReadingId<'D-AGAIN-CODE'>);
  // The text differs between the error table and the 000 example (D-0107-TEXT): record it only.
  const body = res.json as Record<string, any> | undefined;
  const text = String(body?.error_msg ?? body?.error?.error_msg ?? '');
  if (code === 'CSMS.0107') t.reading('D-0107-TEXT', /schedule delete state/i.test(text) ? 'table-text' : /pending deletion/i.test(text) ? 'example-text' : 'other');
});
