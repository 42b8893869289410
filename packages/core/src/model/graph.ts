import * as z from 'zod';
import { SECONDARY_LIMITS } from '../limits';
import {
  checkSonaStepLimits,
  SONA_STEP_LIMIT_PARAM,
  type SonaStepLimitProblem,
} from '../rules/sonaStepLimits';
import { IdSchema, textField } from './fields';

/** Every kind of step a call flow can hold. Use it to list kinds or to check a step's `kind`. */
export const STEP_KINDS = [
  'incoming-call',
  'business-hours',
  'phone-menu',
  'ring-users',
  'sona',
  'voicemail',
  'play-audio',
  'forward',
  'end',
] as const;
/**
 * The kind of a step: `'incoming-call'`, `'business-hours'`, `'phone-menu'`, `'ring-users'`, `'sona'`,
 * `'voicemail'`, `'play-audio'`, `'forward'` or `'end'`.
 */
export type StepKind = (typeof STEP_KINDS)[number];

/** The days of a business-hours schedule, Monday first: the keys of `Schedule['days']`. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
/** A day of a business-hours schedule: `'mon'` to `'sun'`. */
export type Weekday = (typeof WEEKDAYS)[number];

const PositionSchema = z.object({
  x: z.number({ error: 'A position must be a number.' }).finite(),
  y: z.number({ error: 'A position must be a number.' }).finite(),
});

const stepTitle = textField({
  label: 'Step title',
  max: SECONDARY_LIMITS.stepTitle,
  required: true,
  requiredHint: 'name the step',
  singleLine: true,
});

const base = { id: IdSchema, title: stepTitle, position: PositionSchema };

const TimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, {
  error: 'A time is written HH:MM on a 24-hour clock, e.g. 09:30.',
});

const TimeRangeSchema = z
  .object({ start: TimeSchema, end: TimeSchema })
  .refine((range) => range.start < range.end, { error: 'A time range must end after it starts.' });

/** Time zones found valid: building a formatter to check one is slow, and a large flow repeats the same few. */
const validTimeZones = new Set<string>();

function isTimeZone(value: string): boolean {
  if (validTimeZones.has(value)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
  } catch {
    return false;
  }
  validTimeZones.add(value);
  return true;
}

const DaySchema = z.array(TimeRangeSchema).superRefine((ranges, ctx) => {
  const sorted = [...ranges].sort((a, b) => a.start.localeCompare(b.start));
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1];
    const current = sorted[i];
    if (previous && current && current.start < previous.end) {
      ctx.addIssue({
        code: 'custom',
        message: `The ranges ${previous.start}–${previous.end} and ${current.start}–${current.end} overlap: merge them or move one.`,
      });
    }
  }
});

/**
 * Validates business hours: an IANA time zone (e.g. `Europe/Paris`), each weekday's opening ranges (`HH:MM`
 * on a 24-hour clock, `24:00` allowed as an end, no overlaps) and dated holidays (`YYYY-MM-DD`) when the
 * business is closed.
 */
export const ScheduleSchema = z.object({
  timeZone: z.string().refine(isTimeZone, { error: 'Choose a time zone from the list, e.g. Europe/Paris.' }),
  days: z.object({
    mon: DaySchema,
    tue: DaySchema,
    wed: DaySchema,
    thu: DaySchema,
    fri: DaySchema,
    sat: DaySchema,
    sun: DaySchema,
  }),
  holidays: z.array(
    z.object({
      date: z.iso.date({ error: 'A holiday date is written YYYY-MM-DD.' }),
      name: textField({ label: 'Holiday name', max: 100, singleLine: true }),
    }),
  ),
});

const PHONE = /^\+[1-9]\d{6,14}$/;
/**
 * Validates a phone number in international format (`+`, country code, 7 to 15 digits). Spaces, dots, dashes
 * and brackets are removed first, so `+33 1 23 45 67 89` parses to `+33123456789`.
 */
export const PhoneNumberSchema = z
  .string()
  .transform((value) => value.replace(/[\s().-]/g, ''))
  .refine((value) => PHONE.test(value), {
    error: 'Enter the number in international format with its country code, e.g. +33 1 23 45 67 89.',
  });

/** A draft may hold a forward step whose number is not entered yet; publishing refuses it. */
const DraftPhoneNumberSchema = z.union([z.literal(''), PhoneNumberSchema]);

/** Validates the flow's start step, where every call enters. Its one output is `next`. */
export const IncomingCallStepSchema = z.object({ ...base, kind: z.literal('incoming-call') });

/** Validates a business-hours step: it routes a call to its `open` or `closed` output by its `schedule`. */
export const BusinessHoursStepSchema = z.object({
  ...base,
  kind: z.literal('business-hours'),
  schedule: ScheduleSchema,
});

/** The keys a phone menu option can use, in keypad order: `1`–`9`, `0`, `*` and `#`. */
export const MENU_DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '*', '#'] as const;
/** A key of a phone menu option, one of `MENU_DIGITS`. */
export type MenuDigit = (typeof MENU_DIGITS)[number];

/**
 * Validates a phone menu: the `prompt` read to the caller, up to 12 options with distinct keys (one output
 * each, see `menuOptionOutputId`), and `timeoutSeconds` (1–60, default 8) the caller has to press a key
 * before the `no-input` output.
 */
export const PhoneMenuStepSchema = z.object({
  ...base,
  kind: z.literal('phone-menu'),
  prompt: textField({ label: 'Prompt', max: SECONDARY_LIMITS.prompt }),
  options: z
    .array(
      z.object({
        digit: z.enum(MENU_DIGITS, { error: 'A menu key is a digit from 0 to 9, * or #.' }),
        label: textField({
          label: 'Option label',
          max: SECONDARY_LIMITS.menuLabel,
          required: true,
          singleLine: true,
        }),
      }),
    )
    .max(MENU_DIGITS.length)
    .superRefine((options, ctx) => {
      const seen = new Set<string>();
      options.forEach((option, index) => {
        if (seen.has(option.digit)) {
          ctx.addIssue({
            code: 'custom',
            path: [index, 'digit'],
            message: `Key ${option.digit} is used twice: give each option its own key.`,
          });
        }
        seen.add(option.digit);
      });
    }),
  timeoutSeconds: z.number().int().min(1).max(60).default(8),
});

/**
 * How a ring-users step rings its targets: all at once, in random batches of `batchSize`, group after group
 * (`custom-groups`), or a single person.
 */
export const RING_STRATEGIES = ['all-at-once', 'random-batches', 'custom-groups', 'single'] as const;
/** How a ring-users step rings its targets, one of `RING_STRATEGIES`. */
export type RingStrategy = (typeof RING_STRATEGIES)[number];

const RingTargetSchema = z.object({
  id: IdSchema,
  name: textField({ label: 'Name', max: 100, required: true, singleLine: true }),
});

/**
 * Validates a ring-users step: whom to ring (`targets`), how (`strategy`, `batchSize`, `groups`) and for how
 * long (`ringSeconds`, default 30) before its `no-answer` output.
 */
export const RingUsersStepSchema = z.object({
  ...base,
  kind: z.literal('ring-users'),
  strategy: z.enum(RING_STRATEGIES),
  targets: z.array(RingTargetSchema),
  /** random-batches: how many people ring at a time. */
  batchSize: z.number().int().min(1).max(50).default(3),
  /** custom-groups: groups ring one after the other. */
  groups: z
    .array(
      z.object({
        name: textField({ label: 'Group name', max: 100, required: true }),
        targetIds: z.array(IdSchema),
      }),
    )
    .default([]),
  ringSeconds: z
    .number()
    .int({ error: 'Ring time is a whole number of seconds.' })
    .min(SECONDARY_LIMITS.ringSecondsMin, {
      error: `Ring time is at least ${SECONDARY_LIMITS.ringSecondsMin} seconds.`,
    })
    .max(SECONDARY_LIMITS.ringSecondsMax, {
      error: `Ring time is at most ${SECONDARY_LIMITS.ringSecondsMax} seconds.`,
    })
    .default(30),
});

/** The schema refuses what `checkSonaStepLimits` refuses, in its words, marked so `validateGraph` can tell them apart. */
function addLimitIssue(ctx: z.RefinementCtx, problem: SonaStepLimitProblem): void {
  ctx.addIssue({
    code: 'custom',
    // The check runs on the list itself, so the path starts after `jobIds` / `knowledgeIds`.
    path: problem.path.slice(1),
    message: problem.message,
    params: { [SONA_STEP_LIMIT_PARAM]: problem.code },
  });
}

/**
 * Validates a Sona step, the AI assistant: its `greeting`, the jobs it can do (`jobIds`, in priority order)
 * and the knowledge pages it answers from (`knowledgeIds`), within the limits of `checkSonaStepLimits`.
 * `conversationHistory` (default `true`) lets it remember the caller's earlier calls. Its outputs are `done`
 * and the optional `transfer`.
 */
export const SonaStepSchema = z.object({
  ...base,
  kind: z.literal('sona'),
  greeting: textField({ label: 'Greeting', max: SECONDARY_LIMITS.greeting }),
  jobIds: z.array(IdSchema).superRefine((jobIds, ctx) => {
    for (const problem of checkSonaStepLimits({ jobIds, knowledgeIds: [] })) addLimitIssue(ctx, problem);
  }),
  knowledgeIds: z.array(IdSchema).superRefine((knowledgeIds, ctx) => {
    for (const problem of checkSonaStepLimits({ jobIds: [], knowledgeIds })) addLimitIssue(ctx, problem);
  }),
  conversationHistory: z.boolean().default(true),
});

/**
 * Validates a voicemail step: the `greeting` played before the caller leaves a message. The call ends there.
 */
export const VoicemailStepSchema = z.object({
  ...base,
  kind: z.literal('voicemail'),
  greeting: textField({ label: 'Voicemail greeting', max: SECONDARY_LIMITS.greeting }),
});

/**
 * Validates a play-audio step: a recording (`audioUrl`, http or https) or else a `message` read aloud, then
 * its `next` output.
 */
export const PlayAudioStepSchema = z.object({
  ...base,
  kind: z.literal('play-audio'),
  /** Text read aloud when no recording is given. */
  message: textField({ label: 'Message', max: SECONDARY_LIMITS.prompt }),
  audioUrl: z
    .url({ protocol: /^https?$/, error: 'Enter the full address of the recording, starting with https://.' })
    .optional(),
});

/**
 * Validates a forward step: it transfers the call to `phoneNumber`. A draft may leave the number empty;
 * publishing refuses it.
 */
export const ForwardStepSchema = z.object({
  ...base,
  kind: z.literal('forward'),
  phoneNumber: DraftPhoneNumberSchema,
});

/** Validates an end step, which hangs up. */
export const EndStepSchema = z.object({ ...base, kind: z.literal('end') });

/**
 * Validates any step, told apart by its `kind`. Every step has an `id`, a `title` shown on the canvas and a
 * canvas `position` (`x`, `y` in pixels).
 */
export const StepSchema = z.discriminatedUnion('kind', [
  IncomingCallStepSchema,
  BusinessHoursStepSchema,
  PhoneMenuStepSchema,
  RingUsersStepSchema,
  SonaStepSchema,
  VoicemailStepSchema,
  PlayAudioStepSchema,
  ForwardStepSchema,
  EndStepSchema,
]);

/** Validates a connection: from one named `output` of the `source` step to the `target` step. */
export const EdgeSchema = z.object({
  id: IdSchema,
  source: IdSchema,
  /** The named output of the source step, e.g. `open`, `option-1`, `no-answer`. */
  output: IdSchema,
  target: IdSchema,
});

/**
 * Validates a call flow's own settings. Stored with the draft, so turning one on is an undoable edit like any
 * other, and it is published with the flow.
 */
export const FlowSettingsSchema = z.object({
  /** Publishing runs the flow's test cases on the draft first and is refused (`TESTS_FAILING`) if one fails. */
  requirePassingTests: z.boolean().optional(),
});

/**
 * Validates a whole graph (its steps and connections, and the flow's optional `settings`) and refuses two steps
 * or two connections with the same id. `validateGraph` checks the rest (unreachable steps, unconnected outputs,
 * missing jobs…).
 */
export const FlowGraphSchema = z
  .object({
    steps: z.array(StepSchema),
    edges: z.array(EdgeSchema),
    /**
     * The flow's settings, e.g. `requirePassingTests`. Stored with the draft, so turning one on is an undoable
     * edit, and published with the flow. Graphs without it stay valid: every setting is then off.
     */
    settings: FlowSettingsSchema.optional(),
  })
  .superRefine((graph, ctx) => {
    const stepIds = new Set<string>();
    graph.steps.forEach((step, index) => {
      if (stepIds.has(step.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['steps', index, 'id'],
          message: `Two steps share the id “${step.id}”.`,
        });
      }
      stepIds.add(step.id);
    });
    const edgeIds = new Set<string>();
    graph.edges.forEach((edge, index) => {
      if (edgeIds.has(edge.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['edges', index, 'id'],
          message: `Two connections share the id “${edge.id}”.`,
        });
      }
      edgeIds.add(edge.id);
    });
  });

/** The start step of a flow, where every call enters. */
export type IncomingCallStep = z.output<typeof IncomingCallStepSchema>;
/** A step that routes a call by business hours: output `open` or `closed`. */
export type BusinessHoursStep = z.output<typeof BusinessHoursStepSchema>;
/** A phone menu: the caller presses a key to choose an option. */
export type PhoneMenuStep = z.output<typeof PhoneMenuStepSchema>;
/** A step that rings people (`targets`) by a `strategy`, with a `no-answer` output. */
export type RingUsersStep = z.output<typeof RingUsersStepSchema>;
/**
 * A Sona step: the AI assistant that talks with the caller, does its jobs and answers from its knowledge
 * pages.
 */
export type SonaStep = z.output<typeof SonaStepSchema>;
/** A voicemail step: plays its greeting and records the caller's message. */
export type VoicemailStep = z.output<typeof VoicemailStepSchema>;
/** A step that plays a recording or reads a message aloud. */
export type PlayAudioStep = z.output<typeof PlayAudioStepSchema>;
/** A step that transfers the call to a phone number. */
export type ForwardStep = z.output<typeof ForwardStepSchema>;
/** A step that hangs up. */
export type EndStep = z.output<typeof EndStepSchema>;
/** Any step of a call flow; narrow it by `kind` (or name one kind with `StepOf`). */
export type Step = z.output<typeof StepSchema>;
/** The step of one kind, e.g. `StepOf<'sona'>` is `SonaStep`. */
export type StepOf<K extends StepKind> = Extract<Step, { kind: K }>;
/** Business hours: a time zone, each weekday's opening ranges and the holidays. */
export type Schedule = z.output<typeof ScheduleSchema>;
/** A connection from one output of a step to another step. */
export type FlowEdge = z.output<typeof EdgeSchema>;
/** A call flow's own settings, stored in its graph (`FlowGraph['settings']`): every one is off when left out. */
export type FlowSettings = z.output<typeof FlowSettingsSchema>;
/** The steps and connections of a call flow, and its settings: what the designer edits and publishes. */
export type FlowGraph = z.output<typeof FlowGraphSchema>;
