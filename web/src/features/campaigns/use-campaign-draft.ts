import { useMemo, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { useLocation } from 'wouter';
import { newKey } from '../../ui/new-key';
import { errorCode, fieldProblems } from '../../ui/server-errors';
import {
  serverProblems,
  toCreateInput,
  validateDraft,
  type CampaignDraft,
  type Problems,
} from './campaign-form';
import { CreateCampaignMutation } from './documents';

/** What a section of the new-campaign form reads of the draft and changes in it. */
export interface DraftSection {
  current: CampaignDraft;
  /** Changes the draft; what the server said about the `fields` (prefixes) goes. */
  update: (patch: Partial<CampaignDraft>, fields: string[]) => void;
  /** The problem a field shows: the server's, else the local one once typed in or submitted. */
  shown: (field: string) => Problems[string] | undefined;
}

/**
 * The new campaign's draft (`initial` until the user changes it), its problems and its creation:
 * once created, the campaign's page.
 */
export function useCampaignDraft({
  initial,
  organizationId,
  parentId,
}: {
  initial: CampaignDraft;
  organizationId: string;
  parentId: string | null;
}) {
  const [, navigate] = useLocation();
  const [draft, setDraft] = useState<CampaignDraft | null>(null);
  const current = draft ?? initial;
  const [attempted, setAttempted] = useState(false);
  const [server, setServer] = useState<Problems>({});
  const [created, create] = useMutation(CreateCampaignMutation);
  const idempotencyKey = useRef(newKey());

  const local = useMemo(() => validateDraft(current), [current]);
  const update: DraftSection['update'] = (patch, fields) => {
    setDraft({ ...current, ...patch });
    // What the server said about a field goes once the user changes that field.
    setServer((s) =>
      Object.fromEntries(Object.entries(s).filter(([k]) => !fields.some((f) => k.startsWith(f)))),
    );
  };
  const shown: DraftSection['shown'] = (field) => {
    const value = field in local ? local[field] : undefined;
    const touched = attempted || fieldHasText(current, field);
    return server[field] ?? (touched ? value : undefined);
  };

  const submit = async () => {
    setAttempted(true);
    if (Object.keys(local).length > 0) return;
    const result = await create({
      input: { ...toCreateInput(current, organizationId, parentId), idempotencyKey: idempotencyKey.current },
    });
    if (result.data) {
      navigate(`/campaigns/${result.data.createCampaign.id}`);
      return;
    }
    setServer(serverProblems(fieldProblems(result.error)));
    // A refused input created nothing: the corrected one is a new request. After a network error
    // the same key makes the retry safe (the first attempt may have landed).
    if (errorCode(result.error)) idempotencyKey.current = newKey();
  };

  // The server's problems no field shows: under the form.
  const leftover = Object.keys(server).filter((k) => !(k in FIELD_LABELS) && !/^(criteria|quotas)\[/.test(k));
  return { current, update, shown, local, server, leftover, attempted, created, submit };
}

const FIELD_LABELS: Record<string, true> = {
  title: true,
  year: true,
  endYear: true,
  registration: true,
  proposal: true,
  escalation: true,
  distinctionCodes: true,
};

function fieldHasText(draft: CampaignDraft, field: string): boolean {
  const simple = field as keyof CampaignDraft;
  if (['title', 'year', 'endYear', 'registration', 'proposal', 'escalation'].includes(field))
    return String(draft[simple]).trim() !== '';
  const criterion = /^criteria\[(\d+)\]/.exec(field);
  if (criterion) return (draft.criteria[Number(criterion[1])]?.text.trim() ?? '') !== '';
  const quota = /^quotas\[(\d+)\]\.(min|max)$/.exec(field);
  if (quota) return (draft.quotas[Number(quota[1])]?.[quota[2] as 'min' | 'max'] ?? '') !== '';
  return false;
}
