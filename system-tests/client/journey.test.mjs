// A volunteer's journey through the typescript-fetch client generated from the network's combined
// OpenAPI document, against the running network through its one address (the proxy on 8080).
// Run by deploy/local/openapi.sh journey (make test runs it after the demo data): plain node:test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';

const require = createRequire(import.meta.url);
const client = require(process.env.VOLUNTEERNET_CLIENT);
const BASE = process.env.VOLUNTEERNET_PUBLIC_URL ?? 'http://127.0.0.1:8080';
const TOKEN_URL = process.env.VOLUNTEERNET_TOKEN_URL
  ?? 'http://127.0.0.1:8180/realms/volunteer-network/protocol/openid-connect/token';
const USER = process.env.VOLUNTEERNET_JOURNEY_USER ?? 'vol2-xiangfang';

const step = (what) => console.log(`  → ${what}`);

// the local realm's password grant for its demo users (password = user name); a phone app uses PKCE
async function signIn(user) {
  const answer = await fetch(TOKEN_URL, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'volunteer-mobile', username: user, password: user }),
  });
  assert.equal(answer.status, 200, `sign-in of ${user}`);
  return (await answer.json()).access_token;
}

// the generated API classes (one per tag); api.<operationId>(...) finds the one that has it
function apis(token) {
  // typescript-fetch sends what accessToken returns as the Authorization header of oauth2 operations
  const configuration = new client.Configuration({ basePath: BASE, accessToken: async () => `Bearer ${token}` });
  const instances = Object.entries(client).filter(([name, value]) => name.endsWith('Api') && typeof value === 'function')
    .map(([, Api]) => new Api(configuration));
  return new Proxy({}, {
    get(_, operation) {
      const owner = instances.find((i) => typeof i[operation] === 'function');
      assert.ok(owner, `the generated client has ${String(operation)}`);
      return owner[operation].bind(owner);
    },
  });
}

// today in the network's calendar (Asia/Shanghai)
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

// a refusal shows its status and problem+json, not only "Response returned an error code"
async function explained(call) {
  try {
    return await call();
  } catch (e) {
    if (e instanceof client.ResponseError) {
      e.message = `${e.response.status} ${e.response.url}: ${await e.response.text()}`;
    }
    throw e;
  }
}

test('a volunteer signs in, reads the profile, writes the diary offline-safe, finds a free seat, signs up, reads notifications and the star level', async () => {
  step(`signing in as ${USER} (password grant of the local realm)`);
  const raw = apis(await signIn(USER));
  const api = new Proxy({}, { get: (_, operation) => (...args) => explained(() => raw[operation](...args)) });

  step('getMyVolunteer: the profile, typed');
  const me = await api.getMyVolunteer();
  assert.match(me.id, /^[0-9a-f-]{36}$/);
  assert.ok(me.volunteerNumber, 'a unified volunteer number');
  console.log(`    ${me.volunteerNumber}, district ${me.district}`);

  step(`writeDiaryEntry for ${today} with an Idempotency-Key, then the same request again (an offline app's retry)`);
  const key = randomUUID();
  const request = {
    volunteerId: me.id,
    idempotencyKey: key,
    diaryEntryRequest: {
      date: new Date(`${today}T00:00:00Z`),
      deeds: [{ category: 'NEIGHBOURHOOD', description: `Generated-client journey ${key}`, minutes: 15, atPost: false }],
      reflection: 'Written by the generated client',
    },
  };
  const first = await api.writeDiaryEntryRaw(request);
  const firstEntry = await first.value();
  assert.ok([200, 201].includes(first.raw.status), `first answer ${first.raw.status}`);
  assert.equal(first.raw.headers.get('Idempotent-Replayed'), null);
  const again = await api.writeDiaryEntryRaw(request);
  const againEntry = await again.value();
  assert.equal(again.raw.status, first.raw.status, 'the retry gets the first answer');
  assert.equal(again.raw.headers.get('Idempotent-Replayed'), 'true');
  assert.deepEqual(againEntry, firstEntry, 'the same entry, not a second deed');
  assert.equal(againEntry.deeds.filter((d) => d.description === `Generated-client journey ${key}`).length, 1);
  console.log(`    ${first.raw.status}, then ${again.raw.status} with Idempotent-Replayed: true`);

  step('searchOccurrences: occurrences with free seats in the volunteer\'s district, across activities');
  const from = new Date(Date.now() + 60 * 60 * 1000);
  let signup;
  let tried = 0;
  let cursor;
  let calls = 0;
  search: for (let page = 0; page < 10; page++) {
    const found = await api.searchOccurrences({ district: me.district, freeSeats: 'true', limit: 100, cursor });
    calls++;
    for (const occurrence of found.items ?? []) {
      assert.ok(occurrence.freeSeats > 0 && occurrence.status === 'SCHEDULED', 'freeSeats=true lists only open occurrences');
      if (occurrence.start < from) {
        continue;
      }
      tried++;
      step(`signUpForOccurrence: ${occurrence.title}, ${occurrence.start.toISOString()} (${occurrence.freeSeats} free, found in ${calls} call(s))`);
      try {
        signup = await api.signUpForOccurrence({ occurrenceId: occurrence.id, idempotencyKey: randomUUID() });
        break search;
      } catch (e) {
        if (e instanceof client.ResponseError && e.response.status === 409 && tried < 30) {
          console.log(`    ${e.message.slice(0, 160)} (an earlier run?): the next one`);
          continue;
        }
        throw e;
      }
    }
    cursor = found.nextCursor;
    if (!cursor) {
      break;
    }
  }
  assert.ok(signup, 'an occurrence with a free seat was found and signed up for');
  assert.equal(signup.status, 'CONFIRMED');
  console.log(`    ${signup.status}`);

  step('listMySignups: the new sign-up among the volunteer\'s own');
  const mine = await api.listMySignups({ limit: 200 });
  const listed = (mine.items ?? []).find((s) => s.signupId === signup.id);
  assert.ok(listed, 'my sign-ups list the new one');
  assert.equal(listed.occurrence.id, signup.occurrenceId);

  step('listMyNotifications: the inbox (reminders, promotions, star levels), then markAllNotificationsRead');
  const inbox = await api.listMyNotifications({});
  assert.ok(Array.isArray(inbox.items));
  console.log(`    ${inbox.items.length} notification(s)${inbox.items.length ? `, newest: ${inbox.items[0].kind}` : ''}`);
  await api.markAllNotificationsRead();
  const unread = await api.listMyNotifications({ unread: 'true' });
  assert.equal(unread.items.length, 0, 'nothing unread after marking all read');

  step('getStarLevel: star level and verified hours');
  const star = await api.getStarLevel({ volunteerId: me.id });
  assert.equal(typeof star.verifiedHours, 'number');
  console.log(`    ${JSON.stringify(star)}`);
});
