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

export type JobInput = z.input<typeof JobInputSchema>;
export type JobPatch = z.input<typeof JobPatchSchema>;
export type Job = z.output<typeof JobSchema>;

/** The fields a person edits, in the order forms show them. */
export const JOB_TEXT_FIELDS = ['name', 'description', 'trigger', 'instructions'] as const;
export type JobTextField = (typeof JOB_TEXT_FIELDS)[number];
