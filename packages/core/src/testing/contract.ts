import { describe } from 'vitest';
import { describeCallFlowContract } from './contract/callFlows';
import { describeCopiesContract } from './contract/copies';
import type { AdapterFactory } from './contract/factory';
import { describeImportExportContract } from './contract/importExport';
import { describeJobContract } from './contract/jobs';
import { describeKnowledgeContract } from './contract/knowledge';
import { describeLiveVsPublishContract } from './contract/liveVsPublish';
import { describePassingTestsContract } from './contract/passingTests';
import { describeSubscribeContract } from './contract/subscribe';
import { describeSummariesContract } from './contract/summaries';
import { describeTestCaseContract } from './contract/testCases';

/**
 * Registers the Vitest tests every `DesignerAdapter` must pass. `createAdapter` is called once per test and
 * must return an adapter over an empty workspace; each test builds its own data through the adapter.
 *
 * ```ts
 * import { describeAdapterContract } from '@sona-designer/core/testing';
 * describeAdapterContract('my backend', () => createMyAdapter({ workspace: freshTestWorkspace() }));
 * ```
 */
export function describeAdapterContract(name: string, createAdapter: AdapterFactory): void {
  describe(`${name}: DesignerAdapter contract`, () => {
    describeJobContract(createAdapter);
    describeKnowledgeContract(createAdapter);
    describeCallFlowContract(createAdapter);
    describeLiveVsPublishContract(createAdapter);
    describeCopiesContract(createAdapter);
    describeSubscribeContract(createAdapter);
    describeSummariesContract(createAdapter);
    describeTestCaseContract(createAdapter);
    describePassingTestsContract(createAdapter);
    describeImportExportContract(createAdapter);
  });
}
