import { z } from 'zod';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { scenarioSchema, type Scenario } from '../schemas/scenario.ts';
import { formatPath, quote, type Problem } from './problems.ts';

/** A parse result: the scenario, or every schema problem found. */
export type LoadResult = { ok: true; scenario: Scenario } | { ok: false; problems: Problem[] };

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** Turns zod issues into friendly problems: location, quoted value, and a fix. */
export function issuesToProblems(
  file: string,
  data: unknown,
  issues: readonly z.core.$ZodIssue[],
  prefix: PropertyKey[] = [],
): Problem[] {
  return issues.map((issue) => {
    const fullPath = [...prefix, ...issue.path];
    const path = formatPath(fullPath);
    const value = valueAt(data, fullPath);
    const last = issue.path[issue.path.length - 1];
    switch (issue.code) {
      case 'invalid_type':
        if (value === undefined) {
          return {
            file,
            path,
            message: `required field "${String(last)}" is missing`,
            fix: `add "${String(last)}" (${issue.expected})`,
          };
        }
        return {
          file,
          path,
          message: `expected ${issue.expected}, found ${quote(value)}`,
          fix: `write a ${issue.expected} here`,
        };
      case 'unrecognized_keys':
        return {
          file,
          path,
          message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`,
          fix: 'remove it or correct its spelling (see the schema in src/schemas/)',
        };
      case 'invalid_value':
        return {
          file,
          path,
          message: `${quote(value)} is not allowed`,
          fix: `use one of: ${issue.values.map((v) => String(v)).join(', ')}`,
        };
      case 'invalid_union':
        return {
          file,
          path,
          message: `${quote(value)} does not match any allowed form`,
          fix: 'check the allowed forms in the schema',
        };
      case 'too_small':
      case 'too_big':
        return {
          file,
          path,
          message: `${quote(value)}: ${issue.message}`,
          fix: 'adjust the value or the number of items',
        };
      default:
        // Refinements that know their own fix carry it in `params.fix`.
        if (issue.code === 'custom' && typeof issue.params?.['fix'] === 'string')
          return { file, path, message: issue.message, fix: issue.params['fix'] };
        if (value === undefined)
          return {
            file,
            path,
            message: `required field "${String(last)}" is missing`,
            fix: issue.message,
          };
        if (typeof value === 'object' && value !== null)
          return { file, path, message: 'this block is not valid', fix: issue.message };
        return { file, path, message: `${quote(value)} is not valid`, fix: issue.message };
    }
  });
}

/** Validates already-parsed data against the scenario schema with friendly problems. */
export function parseScenario(data: unknown, file: string): LoadResult {
  const result = scenarioSchema.safeParse(data);
  if (result.success) return { ok: true, scenario: result.data };
  return { ok: false, problems: issuesToProblems(file, data, result.error.issues) };
}

/** Parses YAML text, then the schema; YAML syntax errors become problems too. */
export function loadScenarioText(text: string, file: string): LoadResult & { data?: unknown } {
  let data: unknown;
  try {
    data = parseYaml(text, { prettyErrors: false });
  } catch (error) {
    const message =
      error instanceof YAMLParseError
        ? (error.message.split('\n')[0] ?? 'invalid YAML')
        : String(error);
    return {
      ok: false,
      problems: [
        {
          file,
          path: '',
          message: `YAML syntax error: ${message}`,
          fix: 'correct the YAML syntax at the position given',
        },
      ],
    };
  }
  return { ...parseScenario(data, file), data };
}
