import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { generateCorpus, type CorpusOptions } from './generate.js';
import { CorpusTally } from './tally.js';

export type CorpusManifest = Awaited<ReturnType<typeof writeCorpus>>;

/**
 * Streams a corpus to `path` as JSON Lines (one extraction document per line), waiting whenever the
 * stream's buffer is full, so memory holds the population and the tally but never the documents; then
 * writes `<path>.manifest.json`: the options, the expected counts and the entities the benchmark asks for.
 */
export async function writeCorpus(options: CorpusOptions, path: string) {
  const tally = new CorpusTally();
  const out = createWriteStream(path);
  for (const doc of generateCorpus(options, tally)) {
    if (!out.write(`${JSON.stringify(doc)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  const persons = tally.ranked('PERSON');
  const ordinary = persons.find((p) => p.degree >= 4 && p.degree <= 6) ?? persons[persons.length - 1];
  const middle = persons[Math.floor(persons.length / 10)];
  const manifest = {
    ...options,
    expected: tally.summary(),
    probes: {
      hubPerson: persons[0],
      ordinaryPerson: ordinary,
      secondPerson: persons[1],
      middlePerson: middle,
      hubOrganisation: tally.ranked('ORGANISATION')[0],
      searchSurname: middle.name.split(' ').at(-1)!,
    },
  };
  await writeFile(`${path}.manifest.json`, `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
