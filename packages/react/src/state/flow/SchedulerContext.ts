import { createContext } from 'react';
import { realScheduler, type Scheduler } from './scheduler';

/**
 * The clock and timers a `FlowProvider` gives its store: the real ones, unless a test provides a fake one to drive
 * the save debounce. Not exported by the package: hosts have no reason to change time.
 */
export const SchedulerContext = createContext<Scheduler>(realScheduler);
