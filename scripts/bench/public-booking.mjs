// Benchmark of the public booking API, in two parts.
// 1. Throughput and latency: bookings sent at a steady rate (default 200 a second for 30 s, after a 10 s warm-up) by an
//    open-loop client, spread over sessions with room for all of them; reports the rate achieved, the median and the 99th
//    percentile latency, and the answers.
// 2. A race: 10,000 booking attempts, 200 at a time, for one session with 100 places; every place must be taken once and
//    no more (201 for exactly 100, 409 for the rest, and the register holds 100 families).
// Needs a running Strands (demo accounts, Stockport) started with STRANDS_PUBLIC_REQUESTS_PER_MINUTE high enough for one
// client address (the rate limit would otherwise answer 429), and Node 20.
// Usage: node scripts/bench/public-booking.mjs [BASE_URL] [RATE] [SECONDS]
import http from 'node:http';

const base = process.argv[2] ?? 'http://localhost:8080';
const rate = Number(process.argv[3] ?? 200);
const seconds = Number(process.argv[4] ?? 30);
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
const lead = 'Basic ' + Buffer.from('lead:demo').toString('base64');

function request(method, path, body, headers = {}) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const data = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(base + path, { method, agent, headers: { 'Content-Type': 'application/json', Accept: 'application/json',
      ...(data ? { 'Content-Length': Buffer.byteLength(data) } : {}), ...headers } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString(),
        ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    });
    req.on('error', (e) => resolve({ status: 0, body: String(e), ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    if (data) req.write(data);
    req.end();
  });
}

async function schedule(title, capacity, weeks) {
  const day = new Date(Date.now() + 3 * 86400000).toISOString().slice(0, 10);
  const ref = JSON.parse((await request('GET', '/api/v1/areas/stockport/settings?typeGroup=Venue', undefined, { Authorization: lead })).body)[0].ref;
  const made = await request('POST', '/api/v1/areas/stockport/sessions', { title, settingRef: ref, date: day, starts: '09:30', ends: '11:30',
    capacity, walkIns: true, weeks, leaders: [] }, { Authorization: lead });
  if (made.status !== 201) throw new Error('Could not schedule: ' + made.status + ' ' + made.body);
  return JSON.parse(made.body).map((s) => s.id);
}

const booking = (n) => ({ name: 'Benchmark family ' + n, email: `family${n}@example.org`, childAgeYears: 3,
  concern: 'Few words for her age', followUpOptIn: n % 2 === 0 });
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];

async function steady(sessions, rate, seconds, label) {
  const results = [];
  const pending = [];
  const interval = 1000 / rate;
  const start = performance.now();
  for (let i = 0; i < rate * seconds; i++) {
    const due = start + i * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const id = sessions[i % sessions.length];
    pending.push(request('POST', `/api/v1/public/areas/stockport/sessions/${id}/bookings`, booking(i)).then((r) => results.push(r)));
  }
  await Promise.all(pending);
  const elapsed = (performance.now() - start) / 1000;
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  const statuses = {};
  results.forEach((r) => { statuses[r.status] = (statuses[r.status] ?? 0) + 1; });
  console.log(`${label}: ${results.length} bookings in ${elapsed.toFixed(1)} s = ${(results.length / elapsed).toFixed(0)}/s; `
    + `median ${percentile(ms, 0.5).toFixed(1)} ms, p99 ${percentile(ms, 0.99).toFixed(1)} ms, max ${ms[ms.length - 1].toFixed(1)} ms; `
    + `answers ${JSON.stringify(statuses)}`);
  return { p99: percentile(ms, 0.99), statuses };
}

async function race(attempts, places, concurrency) {
  const [id] = await schedule('Benchmark race', places, 1);
  const statuses = {};
  let next = 0;
  const worker = async () => {
    while (next < attempts) {
      const n = next++;
      const r = await request('POST', `/api/v1/public/areas/stockport/sessions/${id}/bookings`, booking(n));
      statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const register = JSON.parse((await request('GET', `/api/v1/areas/stockport/sessions/${id}/register`, undefined, { Authorization: lead })).body);
  const session = JSON.parse((await request('GET', `/api/v1/areas/stockport/sessions/${id}`, undefined, { Authorization: lead })).body);
  const ok = statuses[201] === places && register.length === places && session.booked === places;
  console.log(`race: ${attempts} attempts for ${places} places, ${concurrency} at a time, in ${((performance.now() - start) / 1000).toFixed(1)} s: `
    + `answers ${JSON.stringify(statuses)}; register holds ${register.length}, the session counts ${session.booked} booked: `
    + (ok ? 'no overbooking' : 'OVERBOOKED OR LOST'));
  return ok;
}

const places = Math.ceil((rate * (seconds + 10)) / 500) + 2;
const sessions = await schedule('Benchmark drop-in', 500, Math.min(52, places));
await steady(sessions, rate, 10, 'warm-up (not counted)');
const run = await steady(sessions, rate, seconds, 'steady');
const raced = await race(10000, 100, 200);
console.log(`target: ${rate}/s with p99 <= 100 ms: ${run.p99 <= 100 ? 'met' : 'NOT met'}; race: ${raced ? 'met' : 'NOT met'}`);
agent.destroy();
process.exit(run.p99 <= 100 && raced ? 0 : 1);
