import { OrganizationPicker } from '../components/organization-picker';
import { fosteringHref, initiativesHref } from '../paths';

/** The entry of the navigation links: choose the organization to work on. */
export function PickOrganizationPage({ kind }: { kind: 'fostering' | 'initiatives' }) {
  return kind === 'fostering' ? (
    <OrganizationPicker title="exemplars.pick.fosteringTitle" href={fosteringHref} />
  ) : (
    <OrganizationPicker title="exemplars.pick.initiativesTitle" href={initiativesHref} />
  );
}
