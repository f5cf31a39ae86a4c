/** The dossier form's state: what the user typed, kept as typed until the server accepts it. */
export interface AttachmentDraft {
  key: string;
  name: string;
  url: string;
  size: string;
}

export interface DossierDraft {
  summary: string;
  evidence: Record<string, string>;
  attachments: AttachmentDraft[];
}

export const SUMMARY_MAX = 20_000;

export type DossierProblems = Partial<Record<string, 'required' | 'tooLong' | 'size' | 'url'>>;

/** The criteria a nominee answers: collectives the COLLECTIVE ones, individuals INDIVIDUAL and LEADER. */
export function criteriaFor<T extends { target: string }>(criteria: readonly T[], target: string): T[] {
  return criteria.filter((c) =>
    target === 'COLLECTIVE' ? c.target === 'COLLECTIVE' : c.target === 'INDIVIDUAL' || c.target === 'LEADER',
  );
}

export function validateDossier(draft: DossierDraft): DossierProblems {
  const problems: DossierProblems = {};
  if (!draft.summary.trim()) problems.summary = 'required';
  else if (draft.summary.length > SUMMARY_MAX) problems.summary = 'tooLong';
  draft.attachments.forEach((a, i) => {
    if (!a.name.trim()) problems[`attachments[${i}].name`] = 'required';
    if (a.size.trim() && !/^\d+$/.test(a.size.trim())) problems[`attachments[${i}].size`] = 'size';
    if (a.url.trim() && !/^https?:\/\/\S+$/i.test(a.url.trim())) problems[`attachments[${i}].url`] = 'url';
  });
  return problems;
}

/** The DossierInput proposeNomination takes: empty evidence left out, sizes as numbers. */
export function toDossierInput(draft: DossierDraft) {
  return {
    summary: draft.summary.trim(),
    evidence: Object.entries(draft.evidence)
      .filter(([, text]) => text.trim())
      .map(([criterionId, text]) => ({ criterionId, text: text.trim() })),
    attachments: draft.attachments.map((a) => ({
      name: a.name.trim(),
      url: a.url.trim() || null,
      size: a.size.trim() ? Number(a.size) : null,
    })),
  };
}

/** A dossier already on the server, as the form's starting point (a RETURNED one is edited). */
export function draftOf(
  dossier:
    | {
        summary: string;
        evidence: readonly { criterionId: string; text: string }[];
        attachments: readonly { name: string; url?: string | null; size?: number | null }[];
      }
    | null
    | undefined,
): DossierDraft {
  return {
    summary: dossier?.summary ?? '',
    evidence: Object.fromEntries((dossier?.evidence ?? []).map((e) => [e.criterionId, e.text])),
    attachments: (dossier?.attachments ?? []).map((a, i) => ({
      key: `a${i}`,
      name: a.name,
      url: a.url ?? '',
      size: a.size != null ? String(a.size) : '',
    })),
  };
}
