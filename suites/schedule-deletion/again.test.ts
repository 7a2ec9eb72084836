/*---
requirements: [SCHED-AGAIN-0107]
source: csms-facts §9 error table (400 CSMS.0107 "The secret is in schedule delete state"); 000 example
info: Scheduling a secret that is already pending answers 400 CSMS.0107. Only the code is asserted (D-0107-TEXT).
---*/
import { requirement } from '../../fixtures/harness/runtime/requirement.js';
import { errorCode } from '../../fixtures/harness/runtime/not-found.js';

requirement('SCHED-AGAIN-0107', 'scheduling a pending secret again answers 400 CSMS.0107', async (t) => {
  const name = await t.secrets.pending(30, 'again');
  const res = await t.api.scheduleDeletion(name, { recovery_window_in_days: 10 });
  t.verify('SCHED-AGAIN-0107', res.status === 400 && errorCode(res) === 'CSMS.0107', `a second schedule answered ${res.status} ${errorCode(res) ?? ''}; expected 400 CSMS.0107`, res);
  // The text differs between the error table and the 000 example (D-0107-TEXT): record it only.
  const text = String((res.json as Record<string, unknown> | undefined)?.error_msg ?? '');
  if (errorCode(res) === 'CSMS.0107') t.reading('D-0107-TEXT', /schedule delete state/i.test(text) ? 'table-text' : /pending deletion/i.test(text) ? 'example-text' : 'other');
});
