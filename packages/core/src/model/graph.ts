import * as z from 'zod';
import { SECONDARY_LIMITS } from '../limits';
import {
  checkSonaStepLimits,
  SONA_STEP_LIMIT_PARAM,
  type SonaStepLimitProblem,
} from '../rules/sonaStepLimits';
import { IdSchema, textField } from './fields';

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
export type StepKind = (typeof STEP_KINDS)[number];

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
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
export const PhoneNumberSchema = z
  .string()
  .transform((value) => value.replace(/[\s().-]/g, ''))
  .refine((value) => PHONE.test(value), {
    error: 'Enter the number in international format with its country code, e.g. +33 1 23 45 67 89.',
  });

/** A draft may hold a forward step whose number is not entered yet; publishing refuses it. */
const DraftPhoneNumberSchema = z.union([z.literal(''), PhoneNumberSchema]);

export const IncomingCallStepSchema = z.object({ ...base, kind: z.literal('incoming-call') });

export const BusinessHoursStepSchema = z.object({
  ...base,
  kind: z.literal('business-hours'),
  schedule: ScheduleSchema,
});

export const MENU_DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '*', '#'] as const;
export type MenuDigit = (typeof MENU_DIGITS)[number];

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

export const RING_STRATEGIES = ['all-at-once', 'random-batches', 'custom-groups', 'single'] as const;
export type RingStrategy = (typeof RING_STRATEGIES)[number];

const RingTargetSchema = z.object({
  id: IdSchema,
  name: textField({ label: 'Name', max: 100, required: true, singleLine: true }),
});

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

export const VoicemailStepSchema = z.object({
  ...base,
  kind: z.literal('voicemail'),
  greeting: textField({ label: 'Voicemail greeting', max: SECONDARY_LIMITS.greeting }),
});

export const PlayAudioStepSchema = z.object({
  ...base,
  kind: z.literal('play-audio'),
  /** Text read aloud when no recording is given. */
  message: textField({ label: 'Message', max: SECONDARY_LIMITS.prompt }),
  audioUrl: z
    .url({ protocol: /^https?$/, error: 'Enter the full address of the recording, starting with https://.' })
    .optional(),
});

export const ForwardStepSchema = z.object({
  ...base,
  kind: z.literal('forward'),
  phoneNumber: DraftPhoneNumberSchema,
});

export const EndStepSchema = z.object({ ...base, kind: z.literal('end') });

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

export const EdgeSchema = z.object({
  id: IdSchema,
  source: IdSchema,
  /** The named output of the source step, e.g. `open`, `option-1`, `no-answer`. */
  output: IdSchema,
  target: IdSchema,
});

export const FlowGraphSchema = z
  .object({ steps: z.array(StepSchema), edges: z.array(EdgeSchema) })
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

export type IncomingCallStep = z.output<typeof IncomingCallStepSchema>;
export type BusinessHoursStep = z.output<typeof BusinessHoursStepSchema>;
export type PhoneMenuStep = z.output<typeof PhoneMenuStepSchema>;
export type RingUsersStep = z.output<typeof RingUsersStepSchema>;
export type SonaStep = z.output<typeof SonaStepSchema>;
export type VoicemailStep = z.output<typeof VoicemailStepSchema>;
export type PlayAudioStep = z.output<typeof PlayAudioStepSchema>;
export type ForwardStep = z.output<typeof ForwardStepSchema>;
export type EndStep = z.output<typeof EndStepSchema>;
export type Step = z.output<typeof StepSchema>;
export type StepOf<K extends StepKind> = Extract<Step, { kind: K }>;
export type Schedule = z.output<typeof ScheduleSchema>;
export type FlowEdge = z.output<typeof EdgeSchema>;
export type FlowGraph = z.output<typeof FlowGraphSchema>;
