import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { StepNode } from '../StepNode/StepNode';
import { ConnectionEdge } from './internal/ConnectionEdge';

// At module scope: React Flow remounts every node when these objects change identity.
export const nodeTypes: NodeTypes = { step: StepNode };
export const edgeTypes: EdgeTypes = { connection: ConnectionEdge };
