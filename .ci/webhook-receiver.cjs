// A webhook receiver for .ci/changes.sh, on loopback, and the check of what it received.
//
//   node webhook-receiver.cjs serve PORT LOG DOWN_FOR
//     Answers the first DOWN_FOR requests 503 (a receiver that is down) and every later one 200, and appends one JSON
//     line per request to LOG: its webhook-id, webhook-timestamp, webhook-signature, body and the status answered.
//   node webhook-receiver.cjs verify LOG SECRET EVENT_IDS DOWN_FOR
//     Checks the log: the first DOWN_FOR requests were answered 503; every signature is valid (Standard Webhooks:
//     v1,base64 HMAC-SHA256 of "id.timestamp.body" under the base64 key after whsec_); a webhook-id always carries the
//     same body; every event of EVENT_IDS (comma-separated) was acknowledged (200) exactly once, under one webhook-id,
//     and nothing else was. Prints one line per check; exits 1 when one fails.
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const http = require('http');

function serve(port, log, downFor) {
  let count = 0;
  http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      count += 1;
      const status = count <= downFor ? 503 : 200;
      fs.appendFileSync(log, JSON.stringify({
        id: req.headers['webhook-id'] || null,
        timestamp: req.headers['webhook-timestamp'] || null,
        signature: req.headers['webhook-signature'] || null,
        body: Buffer.concat(chunks).toString('utf8'),
        status,
      }) + '\n');
      res.writeHead(status, { 'Content-Type': 'text/plain' });
      res.end(status === 200 ? 'ok' : 'down');
    });
  }).listen(port, '127.0.0.1');
}

function verify(log, secret, eventIds, downFor) {
  const requests = fs.readFileSync(log, 'utf8').split('\n').filter((l) => l).map((l) => JSON.parse(l));
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  let failed = 0;
  const check = (ok, what) => {
    console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${what}`);
    if (!ok) failed += 1;
  };
  check(requests.length > downFor && requests.slice(0, downFor).every((r) => r.status === 503),
    `the first ${downFor} of ${requests.length} requests were answered 503 (the receiver was down)`);
  const bad = requests.filter((r) => {
    const expected = crypto.createHmac('sha256', key).update(`${r.id}.${r.timestamp}.${r.body}`).digest();
    return !(r.signature || '').split(' ').some((s) => {
      const [version, value] = s.split(',');
      const given = Buffer.from(value || '', 'base64');
      return version === 'v1' && given.length === expected.length && crypto.timingSafeEqual(given, expected);
    });
  });
  check(bad.length === 0, `every webhook-signature verifies with the subscription's secret (${bad.length} do not)`);
  const bodies = new Map();
  const changed = requests.filter((r) => bodies.has(r.id) ? bodies.get(r.id) !== r.body : !bodies.set(r.id, r.body));
  check(changed.length === 0, `each webhook-id carries the same body on every attempt (${bodies.size} ids)`);
  const acknowledged = new Map();
  requests.filter((r) => r.status === 200).forEach((r) => acknowledged.set(r.id, (acknowledged.get(r.id) || 0) + 1));
  const twice = [...acknowledged].filter(([, n]) => n > 1);
  check(twice.length === 0, `no webhook-id was acknowledged twice (${twice.map(([id, n]) => `${id}: ${n}`).join(', ')})`);
  const events = [...acknowledged.keys()].map((id) => JSON.parse(bodies.get(id)).data.id).sort((a, b) => a - b);
  const expected = eventIds.split(',').map(Number).sort((a, b) => a - b);
  check(JSON.stringify(events) === JSON.stringify(expected),
    `the events acknowledged are the dataset's, each once: ${events.join(',')} (expected ${expected.join(',')})`);
  process.exit(failed === 0 ? 0 : 1);
}

const [command, ...args] = process.argv.slice(2);
if (command === 'serve') {
  serve(Number(args[0]), args[1], Number(args[2]));
} else if (command === 'verify') {
  verify(args[0], args[1], args[2], Number(args[3]));
} else {
  console.error('usage: webhook-receiver.cjs serve PORT LOG DOWN_FOR | verify LOG SECRET EVENT_IDS DOWN_FOR');
  process.exit(2);
}
