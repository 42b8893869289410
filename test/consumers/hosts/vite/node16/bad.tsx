// A wrong prop: the compile must fail with TS2322 on `flowId` (a string is expected).
import { createInMemoryAdapter } from '@sona-designer/core/memory';
import { CallFlowDesigner } from '@sona-designer/react';

const adapter = createInMemoryAdapter();

export function Wrong() {
  return <CallFlowDesigner adapter={adapter} flowId={42} />;
}
