import { prepare } from './lib/signals/utterance';
import { volumeCandidates } from './lib/signals/volume';
const u = prepare(process.argv[2]);
console.log(JSON.stringify(u.masked), u.quantities.map(q=>[q.value,q.kind]));
console.log(volumeCandidates(u, []));
