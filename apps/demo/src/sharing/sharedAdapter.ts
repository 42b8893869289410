import {
  type ChangeListener,
  type DesignerAdapter,
  DesignerError,
  type WorkspaceData,
} from '@sona-designer/core';
import { createInMemoryAdapter, type InMemoryAdapter, type InMemoryCommit } from '@sona-designer/core/memory';
import {
  type AdapterMethod,
  callMethod,
  METHOD_KINDS,
  type WriteMethod,
  wrapMethods,
} from './adapterMethods';
import { compareAge, deserializeError, serializeError, type TabInfo, type TabMessage } from './tabMessages';

export interface SharedAdapterOptions {
  /** Tabs on the same channel share one workspace. */
  channelName: string;
  /** The workspace of the first tab; later tabs start from the oldest tab's. */
  seed?: Partial<WorkspaceData>;
  /** How long a new tab listens for the others before it holds the workspace alone. */
  discoveryMs?: number;
  /** How long a write or a snapshot waits for the tab holding the workspace before giving up on it. */
  requestTimeoutMs?: number;
  now?: () => number;
}

export interface SharedAdapter {
  adapter: DesignerAdapter;
  /** Settles once this tab has the shared workspace (calls wait for it on their own). */
  ready: Promise<void>;
  /** True while this tab is the one ordering every tab's writes. */
  isLeader(): boolean;
  /** Leaves the group (on page hide): pending writes fail, another tab takes over. */
  close(): void;
}

interface Pending {
  to: string;
  method: WriteMethod;
  args: unknown[];
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * One workspace shared by the browser tabs of an origin over a BroadcastChannel, like a backend would be: the
 * oldest tab holds it and applies every tab's writes one at a time, so two writes based on the same version
 * cannot both succeed (the second gets `CONFLICT`, as from a server). Each tab keeps a copy for reads, kept in step
 * by the commits the oldest tab posts; a new tab starts from the oldest tab's snapshot. When the oldest tab closes,
 * the next oldest takes over with its copy, and writes waiting for the old one are sent to it.
 */
export function createSharedAdapter(options: SharedAdapterOptions): SharedAdapter {
  const now = options.now ?? Date.now;
  const self: TabInfo = { id: crypto.randomUUID(), startedAt: now() };
  const discoveryMs = options.discoveryMs ?? 150;
  const requestTimeoutMs = options.requestTimeoutMs ?? 5000;
  const channel = new BroadcastChannel(options.channelName);
  const peers = new Map<string, TabInfo>();
  const listeners = new Set<ChangeListener>();
  const pending = new Map<number, Pending>();
  /** Commits heard before this tab has its copy: applied once it has one (repeats are ignored by version). */
  const early: InMemoryCommit[] = [];
  let replica: InMemoryAdapter | null = null;
  let nextRequestId = 1;
  /** While a new tab waits for the oldest tab's workspace. */
  let snapshotWaiter: {
    from: string;
    timer: ReturnType<typeof setTimeout>;
    done: () => void;
    retry: () => void;
  } | null = null;
  let closed = false;

  const post = (message: TabMessage) => {
    if (!closed) channel.postMessage(message);
  };
  const leader = (): TabInfo => [self, ...peers.values()].sort(compareAge)[0] ?? self;

  function start(seed: Partial<WorkspaceData>): InMemoryAdapter {
    const copy = createInMemoryAdapter({
      seed,
      onCommit: (commit) => post({ type: 'commit', from: self.id, commit }),
    });
    copy.subscribe((event) => {
      for (const listener of [...listeners]) listener(event);
    });
    replica = copy;
    for (const commit of early.splice(0)) copy.applyCommit(commit);
    return copy;
  }

  function unavailable(message: string): DesignerError {
    return new DesignerError('UNAVAILABLE', message);
  }

  function send(request: Omit<Pending, 'timer' | 'to'>, requestId = nextRequestId++): void {
    const to = leader();
    if (to.id === self.id && replica) {
      callMethod(replica, request.method, request.args).then(request.resolve, request.reject);
      return;
    }
    const timer = setTimeout(() => {
      pending.delete(requestId);
      // A tab that stays silent this long is gone (closed without a word); the next oldest takes over.
      peers.delete(to.id);
      request.reject(
        unavailable(
          'The other demo tab holding the workspace did not answer. Your change was not saved: try again.',
        ),
      );
    }, requestTimeoutMs);
    pending.set(requestId, { ...request, to: to.id, timer });
    post({ type: 'write', from: self.id, to: to.id, requestId, method: request.method, args: request.args });
  }

  /** Asks the oldest tab for its workspace; a tab that does not answer is dropped and the next oldest asked. */
  function requestSnapshot(): Promise<void> {
    return new Promise((resolve) => {
      const ask = () => {
        const to = leader();
        if (to.id === self.id) {
          snapshotWaiter = null;
          start(options.seed ?? {});
          resolve();
          return;
        }
        const timer = setTimeout(() => {
          peers.delete(to.id);
          ask();
        }, requestTimeoutMs);
        snapshotWaiter = { from: to.id, timer, done: resolve, retry: ask };
        post({ type: 'snapshot-request', from: self.id, to: to.id });
      };
      ask();
    });
  }

  const ready = new Promise<void>((resolve) => setTimeout(resolve, discoveryMs)).then(requestSnapshot);

  function onMessage(message: TabMessage): void {
    switch (message.type) {
      case 'hello':
        peers.set(message.from.id, message.from);
        post({ type: 'here', from: self, to: message.from.id });
        return;
      case 'here':
        if (message.to === self.id) peers.set(message.from.id, message.from);
        return;
      case 'bye':
        peers.delete(message.from);
        if (snapshotWaiter?.from === message.from) {
          clearTimeout(snapshotWaiter.timer);
          snapshotWaiter.retry();
        }
        // Messages from one tab arrive in order: writes it had not answered before saying bye were never applied.
        for (const [requestId, request] of pending) {
          if (request.to !== message.from) continue;
          clearTimeout(request.timer);
          pending.delete(requestId);
          send(request, requestId);
        }
        return;
      case 'snapshot-request':
        if (message.to !== self.id) return;
        void ready.then(() => {
          if (replica)
            post({ type: 'snapshot', from: self.id, to: message.from, workspace: replica.snapshot() });
        });
        return;
      case 'snapshot':
        if (message.to !== self.id || snapshotWaiter?.from !== message.from || replica) return;
        clearTimeout(snapshotWaiter.timer);
        start(message.workspace);
        snapshotWaiter.done();
        snapshotWaiter = null;
        return;
      case 'commit':
        if (replica) replica.applyCommit(message.commit);
        else early.push(message.commit);
        return;
      case 'write':
        if (message.to !== self.id) return;
        void ready
          .then(() => (replica ? callMethod(replica, message.method, message.args) : Promise.reject()))
          .then(
            (value) =>
              post({ type: 'result', from: self.id, to: message.from, requestId: message.requestId, value }),
            (error: unknown) =>
              post({
                type: 'failure',
                from: self.id,
                to: message.from,
                requestId: message.requestId,
                error: serializeError(error),
              }),
          );
        return;
      case 'result':
      case 'failure': {
        const request = message.to === self.id ? pending.get(message.requestId) : undefined;
        if (!request) return;
        clearTimeout(request.timer);
        pending.delete(message.requestId);
        if (message.type === 'result') request.resolve(message.value);
        else request.reject(deserializeError(message.error));
        return;
      }
    }
  }

  channel.onmessage = (event: MessageEvent<TabMessage>) => onMessage(event.data);
  post({ type: 'hello', from: self });

  const adapter = wrapMethods(
    {
      subscribe: (listener: ChangeListener) => {
        listeners.add(listener);
        return () => {
          listeners.delete(listener);
        };
      },
    } as DesignerAdapter,
    async (name: AdapterMethod, args) => {
      await ready;
      if (closed) throw unavailable('This tab left the shared demo workspace: reload the page.');
      const kind = METHOD_KINDS[name];
      if (kind === 'write') {
        return new Promise((resolve, reject) => send({ method: name as WriteMethod, args, resolve, reject }));
      }
      if (!replica) throw unavailable('The demo workspace is not loaded yet: try again.');
      return callMethod(replica, name, args);
    },
  );

  return {
    adapter,
    ready,
    isLeader: () => leader().id === self.id,
    close() {
      if (closed) return;
      post({ type: 'bye', from: self.id });
      closed = true;
      channel.close();
      for (const request of pending.values()) {
        clearTimeout(request.timer);
        request.reject(unavailable('This tab left the shared demo workspace: reload the page.'));
      }
      pending.clear();
      if (snapshotWaiter) clearTimeout(snapshotWaiter.timer);
    },
  };
}
