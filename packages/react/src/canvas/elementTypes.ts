import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { ConnectionEdge } from './internal/ConnectionEdge';
import { StepNode } from './stepNode/StepNode';

// At module scope: React Flow remounts every node when these objects change identity.
export const nodeTypes: NodeTypes = { step: StepNode };
export const edgeTypes: EdgeTypes = { connection: ConnectionEdge };
