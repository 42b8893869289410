// The public API used correctly, compiled with `module: node16` and `skipLibCheck: false`: no error, and no import
// silently typed `any` (what extensionless relative imports in the declarations used to give).
import { type CallFlow, type DesignerAdapter, isDesignerError, validateGraph } from '@sona-designer/core';
import { demoWorkspace } from '@sona-designer/core/demo';
import { createInMemoryAdapter } from '@sona-designer/core/memory';
import {
  CallFlowDesigner,
  type CallFlowDesignerProps,
  DesignerProvider,
  type en,
} from '@sona-designer/react';
import { fr } from '@sona-designer/react/locales/fr';

type IsAny<T> = 0 extends 1 & T ? true : false;
type NotAny<T> = IsAny<T> extends true ? never : true;

const adapter: DesignerAdapter = createInMemoryAdapter({ seed: demoWorkspace });

export const typed: NotAny<typeof CallFlowDesigner> &
  NotAny<typeof DesignerProvider> &
  NotAny<CallFlowDesignerProps['flowId']> &
  NotAny<typeof createInMemoryAdapter> &
  NotAny<typeof validateGraph> &
  NotAny<CallFlow> &
  NotAny<typeof fr> &
  NotAny<typeof en.designer> = true;

export async function firstIssues(flowId: string): Promise<number> {
  try {
    const flow = await adapter.getCallFlow(flowId);
    return validateGraph(flow.draft).length;
  } catch (error) {
    if (isDesignerError(error)) return -1;
    throw error;
  }
}

export function Designer() {
  return (
    <DesignerProvider adapter={adapter} locale="fr" messages={fr}>
      <CallFlowDesigner flowId="flow-main" />
    </DesignerProvider>
  );
}
