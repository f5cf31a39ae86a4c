import { z } from 'zod';

/**
 * A campaign as the campaigns subgraph tells the other services (`/internal/campaigns`):
 * nominations enforces its deadlines and quotas, reporting reads its year and kind. Dates are
 * ISO strings (JSON).
 */
export const campaignForServiceSchema = z.object({
  id: z.string(),
  organizationId: z.string(),
  parentId: z.string().nullable(),
  status: z.string(),
  year: z.number().int(),
  endYear: z.number().int(),
  kind: z.string(),
  registrationDeadline: z.string(),
  proposalDeadline: z.string(),
  escalationDeadline: z.string().nullable(),
  groupIds: z.array(z.string()),
  /** Empty: every distinction of the catalogue. */
  distinctionCodes: z.array(z.string()),
  quotas: z.array(
    z.object({
      id: z.string(),
      organizationId: z.string().nullable(),
      groupId: z.string().nullable(),
      min: z.number().int(),
      max: z.number().int(),
    }),
  ),
  criteria: z.array(
    z.object({ id: z.string(), target: z.string(), evaluatorOrganizationId: z.string().nullable() }),
  ),
});
export type CampaignForService = z.infer<typeof campaignForServiceSchema>;
