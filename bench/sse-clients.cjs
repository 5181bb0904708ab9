// Event-stream clients for bench/changes.sh: opens COUNT connections (each its own socket) to URL with
// Accept: text/event-stream, prints "ready COUNT" once every one has its response headers, records when each
// connection receives each event (ms since 1970, sub-millisecond), and, once every connection has EXPECTED events
// (or TIMEOUT seconds have passed), writes {"connected", "events": {"<id>": {"count", "first", "last"}}} to OUT.
//
//   node sse-clients.cjs URL COUNT EXPECTED OUT TIMEOUT
'use strict';
const fs = require('fs');
const http = require('http');
const { performance } = require('perf_hooks');

const [url, count, expected, out, timeout] = process.argv.slice(2);
const connections = Number(count);
const events = new Map();
let connected = 0;
let complete = 0;

const nowMs = () => performance.timeOrigin + performance.now();

function finish() {
  const result = { connected, events: {} };
  [...events].sort((a, b) => a[0] - b[0]).forEach(([id, e]) => { result.events[id] = e; });
  fs.writeFileSync(out, JSON.stringify(result));
  process.exit(0);
}

for (let i = 0; i < connections; i++) {
  const request = http.get(url, { agent: false, headers: { Accept: 'text/event-stream' } }, (response) => {
    if (response.statusCode !== 200) {
      console.error(`connection ${i}: HTTP ${response.statusCode}`);
      process.exit(1);
    }
    connected += 1;
    if (connected === connections) {
      console.log(`ready ${connected}`);
    }
    let buffer = '';
    let id = null;
    let received = 0;
    response.setEncoding('utf8');
    response.on('data', (chunk) => {
      const at = nowMs();
      buffer += chunk;
      let newline;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline).replace(/\r$/, '');
        buffer = buffer.slice(newline + 1);
        if (line.startsWith('id:')) {
          id = Number(line.slice(3).trim());
        } else if (line === '' && id !== null) {
          const e = events.get(id) || { count: 0, first: at, last: at };
          e.count += 1;
          e.first = Math.min(e.first, at);
          e.last = Math.max(e.last, at);
          events.set(id, e);
          id = null;
          received += 1;
          if (received === Number(expected)) {
            complete += 1;
            if (complete === connections) finish();
          }
        }
      }
    });
  });
  request.on('error', (e) => { console.error(`connection ${i}: ${e.message}`); process.exit(1); });
}
setTimeout(finish, Number(timeout) * 1000);
