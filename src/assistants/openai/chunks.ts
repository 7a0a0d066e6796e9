/**
 * The Chat Completions stream chunks the decoder reads, validated field by field:
 * a field of the wrong type reads as absent (an error that is an object with a
 * numeric message, content that is an array), so nothing is stored as it came.
 */
import * as z from 'zod/mini';

const text = z.catch(z.optional(z.nullable(z.string())), undefined);
const count = z.catch(z.optional(z.number().check(z.nonnegative())), undefined);
const part = <T extends z.core.$ZodLooseShape>(shape: T) =>
  z.catch(z.optional(z.nullable(z.object(shape))), undefined);
const list = <T extends z.core.$ZodLooseShape>(shape: T) =>
  z.catch(z.optional(z.array(z.catch(z.object(shape), () => ({}) as never))), undefined);

const chunk = z.object({
  error: z.catch(z.optional(z.union([z.string(), z.object({ message: text })])), undefined),
  usage: part({ prompt_tokens: count, completion_tokens: count }),
  choices: list({
    delta: part({
      content: text,
      refusal: text,
      tool_calls: list({
        index: count,
        id: text,
        function: part({ name: text, arguments: text }),
      }),
    }),
    finish_reason: text,
  }),
});

export type Chunk = z.infer<typeof chunk>;

const EMPTY = chunk.parse({});

/** A parsed JSON value as a chunk; anything else reads as a chunk with no fields. */
export function readChunk(value: unknown): Chunk {
  const parsed = chunk.safeParse(value);
  return parsed.success ? parsed.data : EMPTY;
}
