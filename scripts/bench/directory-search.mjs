// Benchmark of the directory's public search: families' searches sent at a steady rate (default 200 a second for 30 s,
// after a 10 s warm-up) by an open-loop client to /public/{area}/support, mixing a worry with an age and a postcode
// (nearest first), words (some misspelt), a strand and level, and everything; reports the rate achieved, the median,
// p95 and p99 latency and the answers. Needs a running Strands whose area holds the entries to search (see
// directory-search.sh, which makes 5,000) and a public rate limit high enough for one client address.
// Usage: node scripts/bench/directory-search.mjs [BASE_URL] [RATE] [SECONDS] [AREA]
import http from 'node:http';

const base = process.argv[2] ?? 'http://localhost:8080';
const rate = Number(process.argv[3] ?? 200);
const seconds = Number(process.argv[4] ?? 30);
const area = process.argv[5] ?? 'stockport';
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
const searches = [
  '?worry=NOT_TALKING&age=3&postcode=SK1+3XE', '?worry=STAMMERING&age=7', '?q=stamerring', '?q=speech+and+language', '?q=signign+baby',
  '?strand=FS&level=1', '?', '?worry=SCHOOL&postcode=SK7+2DU', '?q=drop-in&age=2', '?q=%22talking+group%22&postcode=SK4+1AA',
  '?worry=LANGUAGES', '?q=autism+play+social', '?age=4&page=3', '?q=languge&worry=UNDERSTANDING'];

// MIX=wide: every search drawn at random from worries × ages × postcodes (POSTCODES, comma-separated) × words, some
// 25,000 different searches, so that few are asked twice while the search page cache keeps them (30 s).
const wide = process.env.MIX === 'wide';
const postcodes = (process.env.POSTCODES ?? 'SK1 3XE,SK7 2DU,SK4 1AA').split(',').filter((p) => p);
const worries = ['', 'NOT_TALKING', 'HARD_TO_UNDERSTAND', 'UNDERSTANDING', 'STAMMERING', 'PLAY_AND_SOCIAL', 'SCHOOL', 'LANGUAGES', 'VOICE'];
const words = ['', '', 'speech', 'stamerring', 'signing baby', 'languge', 'talking group', 'drop-in', 'autism play'];
const pick = (list) => list[Math.floor(Math.random() * list.length)];
function wideSearch() {
  const params = new URLSearchParams();
  const worry = pick(worries);
  if (worry) params.set('worry', worry);
  const age = Math.floor(Math.random() * 14) - 1;
  if (age >= 0) params.set('age', String(age));
  if (Math.random() < 0.7) params.set('postcode', pick(postcodes));
  const q = pick(words);
  if (q) params.set('q', q);
  return '?' + params.toString();
}

function get(path) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const req = http.request(base + path, { agent }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    });
    req.on('error', () => resolve({ status: 0, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    req.end();
  });
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];

async function steady(seconds, label) {
  const results = [];
  const pending = [];
  const interval = 1000 / rate;
  const start = performance.now();
  for (let i = 0; i < rate * seconds; i++) {
    const wait = start + i * interval - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    pending.push(get(`/public/${area}/support` + (wide ? wideSearch() : searches[i % searches.length])).then((r) => results.push(r)));
  }
  await Promise.all(pending);
  const elapsed = (performance.now() - start) / 1000;
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  const statuses = {};
  results.forEach((r) => { statuses[r.status] = (statuses[r.status] ?? 0) + 1; });
  console.log(`${label}: ${results.length} searches in ${elapsed.toFixed(1)} s = ${(results.length / elapsed).toFixed(0)}/s; `
    + `median ${percentile(ms, 0.5).toFixed(1)} ms, p95 ${percentile(ms, 0.95).toFixed(1)} ms, p99 ${percentile(ms, 0.99).toFixed(1)} ms; `
    + `answers ${JSON.stringify(statuses)}`);
  return percentile(ms, 0.95);
}

console.log(wide ? `wide mix over ${postcodes.length} postcodes` : `the ${searches.length} searches in turn`);
await steady(10, 'warm-up (not counted)');
const p95 = await steady(seconds, 'steady');
console.log(`target: ${rate}/s with p95 <= 50 ms: ${p95 <= 50 ? 'met' : 'NOT met'}`);
agent.destroy();
process.exit(0);
