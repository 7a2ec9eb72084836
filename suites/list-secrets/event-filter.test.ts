/*---
requirements: [LIST-EVENT-FILTER]
source: 004 URI event_name ("only the secrets associated with the event are returned")
info: |
  Two secrets subscribed to a fresh event, two not: the filtered walk returns exactly the two.
  The events API is a fixture (csms-facts §7): a target without one makes this not applicable,
  one that refuses the event or the subscription skips it, with the refusing exchange.
---*/
import { requirement, walkList } from '#harness';

requirement('LIST-EVENT-FILTER', 'event_name returns exactly the secrets subscribed to the event', async (t) => {
  const event = await t.secrets.event('ev');
  const subscribed = [(await t.secrets.create({ label: 'sub', event })).name, (await t.secrets.create({ label: 'sub', event })).name];
  // One unsubscribed secret of the suite's own, so one exists even on an empty account.
  const others = [(await t.secrets.create({ label: 'nosub' })).name];
  const walk = await walkList(t.api, { event_name: event });
  t.require('LIST-EVENT-FILTER', !walk.problem, `the filtered walk failed: ${walk.problem?.message}`);
  const got = [...new Set(walk.names)].sort();
  t.verify('LIST-EVENT-FILTER', JSON.stringify(got) === JSON.stringify([...subscribed].sort()), `event_name=${event} listed [${got.join(', ')}], expected exactly [${subscribed.sort().join(', ')}]`);
  t.verify('LIST-EVENT-FILTER', !others.some((n) => got.includes(n)), 'unsubscribed secrets were listed under the event');
  // The target has an events API: an error of it, from a valid request (an event name the run
  // never created), lets the contract checks judge its shape (GEN-ERROR-BODY, D-ERROR-SHAPE).
  // A 200 (an idempotent delete) is judged on nothing.
  await t.api.deleteEvent(t.secrets.name('noev'));
}, { needs: ['events'] });
