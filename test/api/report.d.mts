import type { PublicApi } from './publicApi.mjs';

/** The API report of one package, as Markdown. */
export function renderReport(pkg: PublicApi): string;

/** What changed between two reports: names added, removed and changed, with the changed lines. */
export function describeChanges(before: string, after: string): string[];

/** The report as Biome formats it (the file `path` is only used to choose the formatter and its settings). */
export function formatReport(text: string, path: string): string;
