/** One forbidden import found by the architecture check. */
export interface ArchitectureViolation {
  rule: string;
  from: string;
  to: string;
  cycle?: string[];
}

/** What the architecture check found: both lists empty when the architecture holds. */
export interface ArchitectureResult {
  violations: ArchitectureViolation[];
  featureCycles: string[][];
  featureEdges: Map<string, Set<string>>;
  modules: number;
}

/** Checks the sources under `react` and `core` (paths relative to `cwd`). */
export function checkArchitecture(options?: {
  cwd?: string;
  react?: string;
  core?: string;
}): Promise<ArchitectureResult>;
