import type { Translate } from '../../../i18n/i18n';
import type { PersonPickerLabels } from '../../../ui/person-picker';

export function pickerLabels(t: Translate): PersonPickerLabels {
  return {
    search: t('councils.picker.search'),
    hint: t('councils.picker.hint'),
    pick: (name) => t('councils.picker.pick', { name }),
    inactive: t('councils.picker.inactive'),
    none: t('councils.picker.none'),
    already: t('councils.picker.already'),
  };
}
