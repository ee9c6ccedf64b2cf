import { extractSignals } from './lib/signals';
for (const t of process.argv.slice(2)) { const s = extractSignals(t); console.log(s.team_size, s.monthly_volume, '|', t); }
