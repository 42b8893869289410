import type { Messages } from './catalogue';

/**
 * The sections of the English catalogue that travel with the code that shows them rather than with the package's
 * first download: each is read only by one surface loaded on demand (the job editor, the template gallery), whose
 * module hands its texts over (`provideEnglish`) before it first renders. Other locales load whole, as before.
 */
export type DeferredSection =
  | 'jobEditor'
  | 'templates'
  | 'library'
  | 'callSummaries'
  | 'jobPicker'
  | 'simulator'
  | 'transfer'
  | 'teach';

export const DEFERRED_SECTIONS: readonly DeferredSection[] = [
  'jobEditor',
  'templates',
  'library',
  'callSummaries',
  'jobPicker',
  'simulator',
  'transfer',
  'teach',
];

const english: { [Section in DeferredSection]?: Messages[Section] } = {};

/** Called at the top of the module of the surface that shows `section`, so its texts are there before it renders. */
export function provideEnglish<Section extends DeferredSection>(
  section: Section,
  texts: Messages[Section],
): void {
  english[section] ??= texts as (typeof english)[Section];
}

function notYet(section: DeferredSection): never {
  throw new Error(
    `The "${section}" texts were read before the code of the surface that shows them loaded: read them only inside that surface.`,
  );
}

const pending = new Map<DeferredSection, object>();

/**
 * The English texts of a deferred section. Before its surface provided them, a stand-in that finds them when a text is
 * read: a catalogue copied early (`{ ...en }`) still works once the surface has loaded, and a text read too soon (a
 * bug) fails with a clear error instead of showing "undefined".
 */
export function deferredEnglish<Section extends DeferredSection>(section: Section): Messages[Section] {
  const texts = english[section];
  if (texts) return texts as Messages[Section];
  let standIn = pending.get(section);
  if (!standIn) {
    const provided = () => (english[section] as object | undefined) ?? notYet(section);
    standIn = new Proxy(
      {},
      {
        get: (_target, key) => Reflect.get(provided(), key),
        has: (_target, key) => Reflect.has(provided(), key),
        ownKeys: () => Reflect.ownKeys(provided()),
        getOwnPropertyDescriptor: (_target, key) => {
          const descriptor = Reflect.getOwnPropertyDescriptor(provided(), key);
          return descriptor && { ...descriptor, configurable: true };
        },
      },
    );
    pending.set(section, standIn);
  }
  return standIn as Messages[Section];
}
