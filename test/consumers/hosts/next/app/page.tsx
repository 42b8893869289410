// A Server Component (no 'use client' here): it imports the designer from the package directly, which works only
// because the package's modules are marked 'use client'. It also reads the French catalogue, a plain module, as data.
import { CallFlowDesigner } from '@sona-designer/react';
import { fr } from '@sona-designer/react/locales/fr';
import { Providers } from './providers';

export default function Page() {
  return (
    <main>
      <h1 data-testid="server-heading">{`Host page (${Object.keys(fr).length} French sections)`}</h1>
      <Providers>
        <div style={{ height: 720 }}>
          <CallFlowDesigner flowId="flow-main" />
        </div>
      </Providers>
    </main>
  );
}
