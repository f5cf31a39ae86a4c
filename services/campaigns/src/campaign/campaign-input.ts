import { BadUserInputError, isId } from '@laurel/graphql';
import { normalizeText } from '@laurel/i18n';
import type { CriterionInput, QuotaInput } from './dto/campaign.input';

/*
 * The shape of a campaign's input, checked before anything is read: every wrong field is
 * reported at once (BAD_USER_INPUT, `extensions.fields`).
 */

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;
export const MAX_TITLE = 500;
export const MAX_TEXT = 5_000;
export const MAX_ITEMS = 500;

interface FieldError {
  field: string;
  message: string;
}

export class Problems {
  readonly list: FieldError[] = [];
  add(field: string, message: string): void {
    this.list.push({ field, message });
  }
  throwIfAny(): void {
    if (this.list.length === 0) return;
    throw new BadUserInputError(this.list.map((p) => `${p.field}: ${p.message}`).join('; '), {
      fields: this.list,
    });
  }
}

/** A title, normalized: not empty, at most MAX_TITLE characters. */
export function checkTitle(shape: Problems, title: string): void {
  if (!title) shape.add('title', 'must not be empty');
  if (title.length > MAX_TITLE) shape.add('title', `at most ${MAX_TITLE} characters`);
}

export function checkCriteriaShape(shape: Problems, criteria: readonly CriterionInput[]): void {
  criteria.forEach((c, i) => {
    const text = normalizeText(c.text ?? '').trim();
    if (!text) shape.add(`criteria[${i}].text`, 'must not be empty');
    if (text.length > MAX_TEXT) shape.add(`criteria[${i}].text`, `at most ${MAX_TEXT} characters`);
    if (c.evaluatorOrganizationId != null && !isId(c.evaluatorOrganizationId))
      shape.add(`criteria[${i}].evaluatorOrganizationId`, 'is not an organization id');
  });
}

/** Each quota: one owner (an organization or a group), 0 ≤ min ≤ max, one quota per owner. */
export function checkQuotasShape(shape: Problems, quotas: readonly QuotaInput[]): void {
  const seenQuota = new Set<string>();
  quotas.forEach((q, i) => {
    const owners = [q.organizationId, q.groupId].filter((v) => v != null);
    if (owners.length !== 1) shape.add(`quotas[${i}]`, 'needs exactly one of organizationId and groupId');
    if (!Number.isInteger(q.min) || q.min < 0) shape.add(`quotas[${i}].min`, 'must be 0 or more');
    if (!Number.isInteger(q.max) || q.max < q.min) shape.add(`quotas[${i}].max`, 'must not be less than min');
    const key = `${q.organizationId ?? ''}|${q.groupId ?? ''}`;
    if (seenQuota.has(key)) shape.add(`quotas[${i}]`, 'a second quota for the same organization or group');
    seenQuota.add(key);
    for (const owner of owners) if (!isId(owner)) shape.add(`quotas[${i}]`, `${owner} is not an id`);
  });
}
