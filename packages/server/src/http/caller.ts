import { z } from 'zod';

/** What a caller may do in their workspace: an editor reads and writes, a viewer only reads. */
export const CallerSchema = z.object({
  workspaceId: z.string().min(1).max(200),
  userId: z.string().min(1).max(200),
  role: z.enum(['editor', 'viewer']),
});

/** Who is calling, as the host's `authenticate` says: their workspace, their id and their role there. */
export interface Caller {
  workspaceId: string;
  userId: string;
  role: 'editor' | 'viewer';
}
