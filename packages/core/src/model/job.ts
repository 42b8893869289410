import * as z from 'zod';
import { LIMITS } from '../limits';
import { IdSchema, TimestampSchema, textField, VersionSchema } from './fields';

const jobFields = {
  name: textField({
    label: 'Name',
    max: LIMITS.jobName,
    required: true,
    requiredHint: 'give the job a short name, such as “Take a message”',
    singleLine: true,
  }),
  description: textField({ label: 'Description', max: LIMITS.jobDescription }),
  trigger: textField({ label: 'Trigger', max: LIMITS.jobTrigger }),
  instructions: textField({
    label: 'Instructions',
    max: LIMITS.jobInstructions,
    required: true,
    requiredHint: 'write the steps Sona should follow, one per line',
  }),
};

/** What a person types to create a job. Description and trigger may be left empty. */
export const JobInputSchema = z.object({
  name: jobFields.name,
  description: jobFields.description.default(''),
  trigger: jobFields.trigger.default(''),
  instructions: jobFields.instructions,
  templateId: IdSchema.optional(),
});

/** A change to some fields of a job. */
export const JobPatchSchema = z.object({
  name: jobFields.name.optional(),
  description: jobFields.description.optional(),
  trigger: jobFields.trigger.optional(),
  instructions: jobFields.instructions.optional(),
});

/**
 * Validates a stored job: its four text fields within `LIMITS`, the template it came from if any, and its
 * `version` and timestamps.
 */
export const JobSchema = z.object({
  id: IdSchema,
  name: jobFields.name,
  description: jobFields.description,
  trigger: jobFields.trigger,
  instructions: jobFields.instructions,
  templateId: IdSchema.optional(),
  version: VersionSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});

/** What a host passes to `DesignerAdapter.createJob`. `description` and `trigger` default to empty. */
export type JobInput = z.input<typeof JobInputSchema>;
/** The fields to change in `DesignerAdapter.updateJob`; the ones left out keep their value. */
export type JobPatch = z.input<typeof JobPatchSchema>;
/**
 * A job Sona can do on a call (take a message, book an appointment…): its name, a description, the trigger
 * that tells Sona when to use it, and the instructions it follows. Sona steps attach jobs by id.
 */
export type Job = z.output<typeof JobSchema>;

/** The fields a person edits, in the order forms show them. */
export const JOB_TEXT_FIELDS = ['name', 'description', 'trigger', 'instructions'] as const;
/** A text field of a job a person edits: `name`, `description`, `trigger` or `instructions`. */
export type JobTextField = (typeof JOB_TEXT_FIELDS)[number];
