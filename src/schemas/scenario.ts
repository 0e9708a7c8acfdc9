import { z } from 'zod';
import { durationSchema, idSchema, timeZoneSchema } from './common.ts';
import { actorSchema, messageSchema } from './actor.ts';
import { artefactSchema } from './artefact.ts';
import { effectsSchema } from './effect.ts';
import { evidenceSchema } from './evidence.ts';
import { endingSchema, nodeSchema } from './node.ts';
import { fictionalStateSchema } from './state.ts';

/** An event scheduled by the scenario itself (an inject), relative to the start. */
export const injectSchema = z.strictObject({
  /** When, after `startsAt`. */
  at: durationSchema,
  /** The message that arrives. */
  message: messageSchema,
  /** What it changes. */
  effects: effectsSchema.optional(),
});

/** A whole scenario file (content/scenarios/*.yaml). */
export const scenarioSchema = z.strictObject({
  /** Scenario id; equals the file name without `.yaml`. */
  id: idSchema,
  /** Content version; bump when decisions change, since saved runs name it. */
  version: z.number().int().min(1),
  /** Title. */
  title: z.string().min(1),
  /** One-paragraph summary for the catalogue. */
  summary: z.string().min(1),
  /** Which side the trainee plays. */
  role: z.enum(['requesting', 'requested']),
  /** Trainee's home state id and time zone (the clock shows this zone). */
  home: z.strictObject({ state: idSchema, timezone: timeZoneSchema }),
  /** Learning objectives. */
  objectives: z.array(z.string().min(1)).min(1),
  /** Expected playing time in minutes. */
  estimatedMinutes: z.number().int().min(1).max(600),
  /** Intended audiences, e.g. `24/7 point of contact`, `prosecutor`. */
  audience: z.array(z.string().min(1)).min(1),
  /** Notes for the facilitator's guide: how to run the scenario in a room. */
  facilitator: z
    .strictObject({
      /** Suggested timing, e.g. `40 min play + 20 min debrief`. */
      timing: z.string().min(1).optional(),
      /** Setup and debrief advice in a few sentences. */
      notes: z.string().min(1).optional(),
    })
    .default({}),
  /** Content note shown before starting, where the case touches on abuse. */
  contentNote: z.string().min(1).optional(),
  /** Start of the simulation, ISO 8601 with offset. */
  startsAt: z.iso.datetime({
    offset: true,
    error: 'write an ISO 8601 date-time with its offset, e.g. 2026-03-06T22:40:00+01:00',
  }),
  /** Fictional states by id. */
  states: z.record(idSchema, fictionalStateSchema),
  /** Actors by id. */
  actors: z.record(idSchema, actorSchema),
  /** Evidence items by id. */
  evidence: z.record(idSchema, evidenceSchema).default({}),
  /** Artefacts by id. */
  artefacts: z.record(idSchema, artefactSchema).default({}),
  /** Injects scheduled from the start. */
  injects: z.array(injectSchema).default([]),
  /** Id of the first node. */
  start: idSchema,
  /** Nodes by id. */
  nodes: z.record(idSchema, nodeSchema),
  /** Endings by id. */
  endings: z.record(idSchema, endingSchema),
});

/** A parsed scenario. */
export type Scenario = z.output<typeof scenarioSchema>;
