// What every benchmark page exposes as `window.bench`, for the driver (test/bench/browser.mjs) to call.

export interface Point {
  x: number;
  y: number;
}

export interface CanvasBench {
  /** Renders the canvas; resolves with the ms from the render call to the frame showing its last change (the DOM then stays quiet). */
  mount(): Promise<number>;
  /** A point on a node near the middle of the view, where a drag picks it up. */
  dragPoint(): Point;
  /** A point on the empty background near the middle of the view, where a drag pans. */
  panPoint(): Point;
  /** Node and edge elements in the DOM. */
  rendered(): { nodes: number; edges: number };
  /** Steps and connections of the flow. */
  graph: { steps: number; edges: number };
  /** Our canvas only: step node renders since the last reset, in total and by step. */
  renders?: { reset(): void; read(): { total: number; distinct: number } };
}

export interface PickerBench {
  /** Renders the page with the picker closed; resolves once it can open (the flow is loaded). */
  mount(): Promise<void>;
  /** Opens the picker; resolves with the ms from the click to the end of the first frame showing job rows. */
  open(): Promise<number>;
  /** Job rows in the DOM. */
  rows(): number;
  /** Empties the search box and waits until the full list shows again. */
  clear(): Promise<void>;
  /** Call before a key press in the search box: starts watching the results. */
  beforeKeystroke(): void;
  /**
   * After that key press: resolves once the results for the box's text are shown, with the ms from the key press to
   * the end of the frame showing them, and to the end of the first frame after the key press (how long typing lags).
   */
  afterKeystroke(): Promise<{ resultsMs: number; frameMs: number }>;
}

/** One key pressed while recording on the typing page. */
export interface KeyTiming {
  /** The key's `timeStamp` (when the browser received it, so time it waited for a busy main thread counts). */
  at: number;
  /** Ms from the key to the first animation frame after its input event: how long the typed character waits. */
  frameMs: number;
  /** Whether the suite was in the middle of a run (between two of its slices) when the key was handled. */
  duringRun: boolean;
}

/** What the typing page recorded between `startRecording` and `stopRecording`. */
export interface TypingRecord {
  keys: KeyTiming[];
  /** Long tasks (over 50 ms) from the first key on: start (ms, page clock) and duration. */
  longTasks: { start: number; duration: number }[];
  /** Event Timing entries for key and input events (key to the next paint): how many took over 50 ms, the longest. */
  slowEvents: { count: number; maxMs: number };
  /** The suite's slices from the first key on (tasks that ran tests): start (ms, page clock) and duration. */
  slices: { start: number; duration: number }[];
}

export interface TypingBench {
  /** Renders the designer on the support line; resolves once it shows (the test count loads by itself later). */
  mount(): Promise<void>;
  /** Saved tests of the support line on this page. */
  tests: number;
  /** Starts recording key timings and long tasks (long tasks from `since`, page clock; default now). */
  startRecording(): void;
  /** Stops recording and returns what was recorded, keeping long tasks that started before `until` (page clock). */
  stopRecording(until: number): TypingRecord;
  /** The page clock (performance.now()). */
  now(): number;
  /** The accessible name of the publish bar's count, or '' before it shows. */
  countName(): string;
  /** When the count last stopped saying "running" (ms, page clock), or 0 if it never did. */
  settledAt(): number;
}

declare global {
  interface Window {
    bench?: CanvasBench | PickerBench | TypingBench;
    benchError?: string;
  }
}

export interface Change {
  /** When the DOM changed (the mutation records arrived, right after React's commit). */
  at: number;
  /** When the frame drawn after that change was done (a task queued from the next animation frame). */
  frameDoneAt: number;
  /** What `probe` returned at that moment. */
  state: boolean;
}

/** The end of the next frame: rendering work runs after animation-frame callbacks, before the next task. */
export function afterNextFrame(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)),
  );
}

/**
 * Logs the DOM changes under `target` from now on, each with `probe()` at that moment and the end of the frame
 * that showed it.
 */
export function logChanges(target: Node, probe: () => boolean = () => true) {
  const changes: Change[] = [];
  const observer = new MutationObserver(() => {
    const change: Change = { at: performance.now(), frameDoneAt: 0, state: probe() };
    changes.push(change);
    void afterNextFrame().then((time) => {
      change.frameDoneAt = time;
    });
  });
  observer.observe(target, { subtree: true, childList: true, attributes: true, characterData: true });

  /** Polls until `done` returns a result, or fails after `timeoutMs`. */
  function until<T>(done: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const poll = () => {
        const result = done();
        if (result !== undefined) resolve(result);
        else if (performance.now() - started > timeoutMs)
          reject(new Error(`${what} did not happen within ${timeoutMs} ms.`));
        else setTimeout(poll, 10);
      };
      poll();
    });
  }

  return {
    changes,
    stop: () => observer.disconnect(),
    /** The first change since `since` whose probe held, once its frame is drawn. */
    firstAfter(since: number, what: string, timeoutMs = 20_000): Promise<Change> {
      return until(
        () => changes.find((change) => change.at >= since && change.state && change.frameDoneAt > 0),
        timeoutMs,
        what,
      );
    },
    /** The last change once the probe holds and nothing changed for `quietMs`. */
    settled(quietMs: number, what: string, timeoutMs = 30_000): Promise<Change> {
      return until(
        () => {
          const last = changes.at(-1);
          if (!last?.state || last.frameDoneAt === 0) return undefined;
          return performance.now() - last.at >= quietMs ? last : undefined;
        },
        timeoutMs,
        what,
      );
    },
  };
}

/** Of the elements in view in `container`, the one whose centre is nearest the container's middle. */
export function nearestToMiddle(elements: Iterable<Element>, container: Element): Element | undefined {
  const box = container.getBoundingClientRect();
  const middle = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  let best: Element | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const element of elements) {
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 || rect.right < box.left || rect.left > box.right) continue;
    if (rect.bottom < box.top || rect.top > box.bottom) continue;
    const distance = Math.hypot(rect.left + rect.width / 2 - middle.x, rect.top + rect.height / 2 - middle.y);
    if (distance < bestDistance) {
      best = element;
      bestDistance = distance;
    }
  }
  return best;
}

/** A point near the middle of `container` where the element under the pointer has `className`. */
export function emptyPoint(container: Element, className: string): Point {
  const box = container.getBoundingClientRect();
  for (let radius = 0; radius < Math.min(box.width, box.height) / 2; radius += 8) {
    for (let angle = 0; angle < 360; angle += 15) {
      const x = Math.round(box.left + box.width / 2 + radius * Math.cos((angle * Math.PI) / 180));
      const y = Math.round(box.top + box.height / 2 + radius * Math.sin((angle * Math.PI) / 180));
      if (document.elementFromPoint(x, y)?.classList.contains(className)) return { x, y };
    }
  }
  throw new Error(`No empty spot (.${className}) near the middle of the view.`);
}

export function canvasRendered() {
  return {
    nodes: document.querySelectorAll('.react-flow__node').length,
    edges: document.querySelectorAll('.react-flow__edge').length,
  };
}

/** Sets a React-controlled input's value as typing would (React listens to the input event). */
export function setInputValue(input: HTMLInputElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  setter?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Remembers when the last key went down anywhere in the page, and when the frame after it was done. */
export function trackKeyPresses() {
  const last = { at: 0, frameDoneAt: 0 };
  document.addEventListener(
    'keydown',
    () => {
      last.at = performance.now();
      last.frameDoneAt = 0;
      void afterNextFrame().then((time) => {
        last.frameDoneAt = time;
      });
    },
    { capture: true },
  );
  return last;
}
