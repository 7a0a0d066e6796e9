/**
 * What whoever deploys the app decides, not the person chatting: the ending
 * policy's thresholds. Read at start from /parley.config.json (public/ in the
 * source; edit it in the built dist/ to change a deployment without a rebuild),
 * validated field by field; anything missing or invalid keeps its default.
 */
import * as z from 'zod/mini';
import { DEFAULT_POLICY, validatePolicy, type PolicyConfig } from '../domain/safety/policyConfig';

/** Relative, so a build served under a sub-path still finds its own file. */
export const DEPLOY_CONFIG_URL = 'parley.config.json';

const schema = z.object({
  policy: z.optional(
    z.object({
      refusalsBeforeWarning: z.optional(z.number()),
      strikesAfterWarning: z.optional(z.number()),
      warningEnabled: z.optional(z.boolean()),
      refusalsBeforeEnd: z.optional(z.number()),
    }),
  ),
});

export interface DeployConfig {
  readonly policy: PolicyConfig;
  /** Why the file was not used as written, or null. */
  readonly problem: string | null;
}

/** Reads the config's JSON text; never throws. */
export function readDeployConfig(text: string | null): DeployConfig {
  if (text === null) return { policy: DEFAULT_POLICY, problem: null };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {
      policy: DEFAULT_POLICY,
      problem: `${DEPLOY_CONFIG_URL} is not JSON; the defaults apply.`,
    };
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    return {
      policy: DEFAULT_POLICY,
      problem: `${DEPLOY_CONFIG_URL} has the wrong shape; the defaults apply.`,
    };
  const policy = { ...DEFAULT_POLICY, ...parsed.data.policy } as PolicyConfig;
  const why = validatePolicy(policy);
  return why
    ? { policy: DEFAULT_POLICY, problem: `${DEPLOY_CONFIG_URL}: ${why} The defaults apply.` }
    : { policy, problem: null };
}

/** Fetches the deployment's config; a missing file means the defaults. */
export async function loadDeployConfig(
  fetcher: typeof fetch = (...a) => fetch(...a),
): Promise<DeployConfig> {
  try {
    const response = await fetcher(DEPLOY_CONFIG_URL, { cache: 'no-cache' });
    if (!response.ok) return readDeployConfig(null);
    return readDeployConfig(await response.text());
  } catch {
    return readDeployConfig(null);
  }
}
