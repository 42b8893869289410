'use client';
// The host's one client module: it owns the adapter (not serialisable, so a Server Component cannot pass it).
import { demoWorkspace } from '@sona-designer/core/demo';
import { createInMemoryAdapter } from '@sona-designer/core/memory';
import { DesignerProvider } from '@sona-designer/react';
import { type ReactNode, useState } from 'react';

export function Providers({ children }: { children: ReactNode }) {
  const [adapter] = useState(() => createInMemoryAdapter({ seed: demoWorkspace }));
  return <DesignerProvider adapter={adapter}>{children}</DesignerProvider>;
}
