// Core benchmarks: each figure is the median of alternating rounds against a baseline measured in the same run,
// reported as a ratio, because absolute times drift on shared machines. Run with `pnpm bench`.
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { largeWorkspace } from '../../packages/core/dist/demo/index.js';
import {
  createStep,
  FlowGraphSchema,
  foldForSearch,
  graphemeLength,
  JobInputSchema,
  validateGraph,
} from '../../packages/core/dist/index.js';
import { createInMemoryAdapter } from '../../packages/core/dist/memory/index.js';
import { triggerOverlaps } from '../../packages/core/dist/routing/index.js';

const ROUNDS = 9;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function time(fn, repeat) {
  const start = performance.now();
  for (let i = 0; i < repeat; i++) await fn(i);
  return (performance.now() - start) / repeat;
}

/** Alternates subject and baseline ROUNDS times; returns medians in ms per call and the ratio. */
async function compare(name, subject, baseline, repeat) {
  await time(subject, repeat); // warm-up
  await time(baseline, repeat);
  const subjectTimes = [];
  const baselineTimes = [];
  for (let round = 0; round < ROUNDS; round++) {
    subjectTimes.push(await time(subject, repeat));
    baselineTimes.push(await time(baseline, repeat));
  }
  const result = { name, subjectMs: median(subjectTimes), baselineMs: median(baselineTimes) };
  result.ratio = result.subjectMs / result.baselineMs;
  return result;
}

const now = new Date('2026-01-01T00:00:00Z').toISOString();
const hangul = '한'.repeat(100_000);

/** The demo's large workspace grown to the import bound of 20,000 jobs (about 29 MB of JSON). */
async function workspaceAtJobBound() {
  const base = await createInMemoryAdapter({ seed: largeWorkspace() }).exportWorkspace();
  const template = base.jobs[0];
  const extra = Array.from({ length: 20_000 - base.jobs.length }, (_, i) => ({
    ...template,
    id: `job-bound-${i}`,
    name: `Job ${i}`,
    instructions: `${i}. ${'Ask the caller for their name and number, then confirm. '.repeat(30)}`,
  }));
  return JSON.stringify({ ...base, jobs: [...base.jobs, ...extra] });
}
const atJobBound = await workspaceAtJobBound();
const hugeName = '👨‍👩‍👧'.repeat(125_000);
const words = [
  'message',
  'appointment',
  'billing',
  'urgent',
  'leak',
  'quote',
  'rendez-vous',
  'facture',
  'équipe',
  'livraison',
];
const jobs = Array.from({ length: 10_000 }, (_, i) => ({
  id: `job-${i}`,
  name: `${words[i % words.length]} ${words[(i * 7) % words.length]} ${i}`,
  description: `Handles ${words[(i * 3) % words.length]} calls for team ${i % 40}.`,
  trigger: `The caller mentions ${words[(i * 5) % words.length]} or asks about ${words[(i * 11) % words.length]}.`,
  instructions:
    i % 100 === 0 ? '1. Ask. '.repeat(1250) : '1. Greet the caller.\n2. Ask what they need.\n3. Confirm.',
  version: 1,
  createdAt: now,
  updatedAt: now,
}));
const adapter = createInMemoryAdapter({ seed: { jobs } });
const queries = ['equipe', 'urgent leak', 'factu', 'appointment 12', 'zzz'];

function bigGraph(size) {
  const steps = [createStep('incoming-call', 's0')];
  const edges = [];
  for (let i = 1; i < size; i++) {
    const kind = i % 3 === 0 ? 'sona' : 'play-audio';
    const step = createStep(kind, `s${i}`, { x: i * 10, y: 0 });
    if (kind === 'sona') step.jobIds = [`job-${i}`, `job-${i + 1}`];
    steps.push(step);
    edges.push({
      id: `e${i}`,
      source: `s${i - 1}`,
      output: i - 1 === 0 || (i - 1) % 3 !== 0 ? 'next' : 'done',
      target: `s${i}`,
    });
  }
  steps.push(createStep('end', 'end'));
  edges.push({
    id: 'e-end',
    source: `s${size - 1}`,
    output: (size - 1) % 3 === 0 ? 'done' : 'next',
    target: 'end',
  });
  return { steps, edges };
}
const graph = bigGraph(1000);
const jobIds = new Set(jobs.map((job) => job.id));

/** The designer re-validates after each edit: the same graph with one step's title changed, as the store makes it. */
function editedGraph(i) {
  const index = 1 + (i % (graph.steps.length - 2));
  const steps = graph.steps.slice();
  steps[index] = { ...steps[index], title: `Edited ${i}` };
  return { steps, edges: graph.edges };
}

const emoji = 'Bonjour 👋🏽 ça va ? '.repeat(500);
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

const results = [
  await compare(
    'listJobs search, 10,000 jobs (vs. plain filter over pre-folded text)',
    (i) => adapter.listJobs({ query: queries[i % queries.length], limit: 50 }),
    (() => {
      const folded = jobs.map((job) => foldForSearch(`${job.name}\n${job.description}\n${job.trigger}`));
      return (i) => {
        const q = queries[i % queries.length].split(' ');
        return folded.filter((text) => q.every((word) => text.includes(word))).slice(0, 50);
      };
    })(),
    20,
  ),
  await compare(
    'validateGraph, 1,000 steps (vs. schema parse alone)',
    () => validateGraph(graph, { jobs: jobIds }),
    () => FlowGraphSchema.safeParse(graph),
    5,
  ),
  await compare(
    'validateGraph with trigger overlaps, 1,000 steps (333 Sona), after one edit (vs. schema parse alone)',
    (i) => validateGraph(editedGraph(i), { jobs, triggerOverlaps }),
    () => FlowGraphSchema.safeParse(graph),
    5,
  ),
  await compare(
    'graphemeLength, 10,000 characters with emoji (vs. naive Intl.Segmenter)',
    () => graphemeLength(emoji),
    () => [...segmenter.segment(emoji)].length,
    20,
  ),
  // Hangul syllables have no boundary Intl.Segmenter finds quickly in Node: counting them whole was quadratic (100,000
  // took ~10 s). The baseline is the cheapest work any check must do: reading the text once.
  await compare(
    'graphemeLength, 100,000 Hangul syllables (vs. one search through them)',
    () => graphemeLength(hangul),
    () => hangul.indexOf('\n'),
    3,
  ),
  await compare(
    'import at the job bound: 20,000 jobs, 29 MB, replace into a fresh adapter (vs. JSON.parse of the same text)',
    () => createInMemoryAdapter().importWorkspace(atJobBound, { mode: 'replace' }),
    () => JSON.parse(atJobBound),
    1,
  ),
  await compare(
    'a job whose 1 MB name is refused (vs. the same job with a short name accepted)',
    () => JobInputSchema.safeParse({ name: hugeName, instructions: '1. Ask.' }),
    () => JobInputSchema.safeParse({ name: 'Take a message', instructions: '1. Ask.' }),
    20,
  ),
];

console.log('\nbenchmark | ms per call | baseline ms | ratio');
console.log('--- | ---: | ---: | ---:');
for (const r of results) {
  console.log(`${r.name} | ${r.subjectMs.toFixed(3)} | ${r.baselineMs.toFixed(3)} | ${r.ratio.toFixed(2)}`);
}
const resultsFile = new URL('./results/latest.json', import.meta.url);
let otherFigures = {};
try {
  // The browser and bundle benchmarks write their figures to the same file: keep them.
  otherFigures = JSON.parse(readFileSync(resultsFile, 'utf8'));
} catch {
  // No figures yet.
}
writeFileSync(
  resultsFile,
  `${JSON.stringify(
    {
      ...otherFigures,
      date: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        model: os.cpus()[0]?.model,
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
      },
      rounds: ROUNDS,
      results,
    },
    null,
    2,
  )}\n`,
);
