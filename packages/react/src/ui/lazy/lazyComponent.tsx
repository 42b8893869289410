import { type ComponentType, createElement, type LazyExoticComponent, lazy, Suspense, useState } from 'react';
import { useIdlePreload } from './idlePreload';
import { LoadBoundary } from './LoadFailure';

/** A component whose code loads on first use; `preload()` fetches it ahead (e.g. when the browser is idle). */
export type LazyComponent<P extends object> = ComponentType<P> & {
  /** Starts loading the code, once; resolves when it is there. A failed load can be tried again. */
  preload(): Promise<void>;
};

/** Resolves to the component itself, e.g. `() => import('./JobEditor').then((module) => module.JobEditor)`. */
export type ComponentLoader<P extends object> = () => Promise<ComponentType<P>>;

interface Loader<P extends object> {
  preload(): Promise<void>;
  /** The component once loaded, so later mounts render it at once instead of suspending for a frame. */
  loaded(): ComponentType<P> | null;
  Lazy: LazyExoticComponent<ComponentType<P>>;
}

/**
 * A loader with a name: wrappers made from the same name share one download and its result. A surface that opens a
 * dialog keeps its own wrapper of that dialog beside it (importing the feature's public wrapper would close an import
 * cycle through the dynamic import), yet it renders at once when the designer has preloaded the public one.
 */
export interface NamedLoader<P extends object> {
  /** The component's name, unique in the package, e.g. `JobEditor`. */
  name: string;
  load: ComponentLoader<P>;
}

// Downloaded code by component name, as the browser's module map keeps modules: it holds no designer's state, so
// two designers on a page sharing it is right.
const namedLoaders = new Map<string, Loader<object>>();

function loaderFor<P extends object>(source: ComponentLoader<P> | NamedLoader<P>): Loader<P> {
  if (typeof source === 'function') return createLoader(source);
  const known = namedLoaders.get(source.name) as Loader<P> | undefined;
  if (known) return known;
  const loader = createLoader(source.load);
  namedLoaders.set(source.name, loader as unknown as Loader<object>);
  return loader;
}

function createLoader<P extends object>(load: ComponentLoader<P>): Loader<P> {
  let component: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const start = () => {
    pending ??= load().then(
      (loaded) => {
        component = loaded;
        return loaded;
      },
      (error: unknown) => {
        pending = null;
        throw error;
      },
    );
    return pending;
  };
  return {
    preload: () => start().then(() => undefined),
    loaded: () => component,
    Lazy: lazy(() => start().then((loaded) => ({ default: loaded }))),
  };
}

/**
 * The loaded component when it is already there, else the lazy one. Chosen once per mount: switching between the
 * two would remount the component and lose its state.
 */
function useImplementation<P extends object>(loader: Loader<P>): ComponentType<P> {
  return useState<ComponentType<P>>(() => loader.loaded() ?? loader.Lazy)[0];
}

function Loaded<P extends object>({ loader, props }: { loader: Loader<P>; props: P }) {
  return createElement(useImplementation(loader), props);
}

const openProp = (props: object) => (props as { open?: unknown }).open === true;

/**
 * A dialog (or drawer) whose code loads the first time it opens: nothing renders before, then the real component
 * stays mounted, so closing runs its close animation and gives focus back. While the code loads (a frame once it is
 * preloaded), nothing shows; while it is mounted closed, its code loads in the browser's next idle moment. `useOpen`
 * says when it is open; by default its `open` prop. If the download fails, it says so in place, with Retry.
 */
export function lazyDialog<P extends { open: boolean }>(
  load: ComponentLoader<P> | NamedLoader<P>,
): LazyComponent<P>;
export function lazyDialog<P extends object>(
  load: ComponentLoader<P> | NamedLoader<P>,
  useOpen: (props: P) => boolean,
): LazyComponent<P>;
export function lazyDialog<P extends object>(
  load: ComponentLoader<P> | NamedLoader<P>,
  useOpen: (props: P) => boolean = openProp,
): LazyComponent<P> {
  const loader = loaderFor(load);
  const self = [loader];
  // biome-ignore lint/correctness/noComponentHookFactories: a factory called once per component at module level, like React.lazy.
  function LazyDialog(props: P) {
    const open = useOpen(props);
    const [opened, setOpened] = useState(open);
    // Mounted closed means it may open soon: fetch the code in the next idle moment, so the first open is instant.
    useIdlePreload(opened ? null : self);
    if (open && !opened) setOpened(true);
    if (!opened) return null;
    return (
      <LoadBoundary retry={loader.preload}>
        <Suspense fallback={null}>
          <Loaded loader={loader} props={props} />
        </Suspense>
      </LoadBoundary>
    );
  }
  return Object.assign(LazyDialog, { preload: loader.preload });
}

/**
 * A page-like component (a library, a panel) whose code loads when it first renders, showing `Fallback` (given the
 * same props) meanwhile: make it the size of the real thing and say it is loading, so the layout does not jump. If the
 * download fails, it says so in place, with Retry.
 */
export function lazySurface<P extends object>(
  load: ComponentLoader<P> | NamedLoader<P>,
  Fallback: ComponentType<P>,
): LazyComponent<P> {
  const loader = loaderFor(load);
  function LazySurface(props: P) {
    return (
      <LoadBoundary retry={loader.preload}>
        <Suspense fallback={createElement(Fallback, props)}>
          <Loaded loader={loader} props={props} />
        </Suspense>
      </LoadBoundary>
    );
  }
  return Object.assign(LazySurface, { preload: loader.preload });
}
