/** The escalation feature's words (escalation and publishing), Vietnamese first; `en` has every key. */
export const vi = {
  'escalation.nav': 'Chuyển cấp trên',
  'escalation.title': 'Chuyển cấp trên và nêu gương',
  'escalation.intro':
    'Các đề nghị đã được công nhận của đơn vị: đề nghị lên phong trào của cấp trên trước hạn chuyển, hoặc công bố lên trang nêu gương.',
  'escalation.organization': 'Đơn vị',
  'escalation.chooseOrganization': 'Chọn đơn vị',
  'escalation.noOrganization': 'Bạn chưa được phân quyền ở đơn vị nào.',
  'escalation.showcase': 'Xem trang nêu gương của {organization}',
  'escalation.empty': 'Đơn vị chưa có đề nghị nào đã được công nhận.',
  'escalation.stage.RECOGNIZED': 'Đã công nhận',
  'escalation.stage.ESCALATED': 'Đã chuyển cấp trên',
  'escalation.campaign': 'Phong trào',
  'escalation.distinction': 'Danh hiệu',
  'escalation.decision': 'Quyết định số {number}, ngày {date}',
  'escalation.escalate': 'Đề nghị lên cấp trên',
  'escalation.target': 'Phong trào cấp trên',
  'escalation.noTarget': 'Phong trào này không thuộc phong trào nào của cấp trên nên không thể chuyển lên.',
  'escalation.targetOption': '{title} — {organization}',
  'escalation.targetClosed': ' (không mở)',
  'escalation.for': 'Đề nghị danh hiệu',
  'escalation.same': 'Giữ danh hiệu: {name}',
  'escalation.higher': 'Danh hiệu cao hơn: {name}',
  'escalation.deadline': 'Hạn chuyển cấp trên: {deadline}.',
  'escalation.deadlinePassed': 'Đã quá hạn chuyển cấp trên ({deadline}).',
  'escalation.submit': 'Chuyển lên cấp trên',
  'escalation.sending': 'Đang gửi…',
  'escalation.done': 'Đã chuyển lên "{campaign}" của {organization} với danh hiệu {distinction}.',
  'escalation.publish': 'Nêu gương',
  'escalation.published': 'Đang hiển thị trên trang nêu gương.',
  'escalation.notPublished': 'Chưa công bố.',
  'escalation.publishButton': 'Công bố lên trang nêu gương',
  'escalation.unpublishButton': 'Thôi công bố',
  'escalation.refusal.deadline':
    'Không thể chuyển lên: đã quá hạn chuyển cấp trên của phong trào ({deadline}).',
  'escalation.refusal.deadlineUnknown': 'Không thể chuyển lên: đã quá hạn chuyển cấp trên của phong trào.',
  'escalation.refusal.notRecognized':
    'Không thể thực hiện: đề nghị này chưa được công nhận hoặc đã được chuyển đi (chỉ đề nghị đã công nhận mới được chuyển hay công bố).',
  'escalation.refusal.targetNotOpen': 'Không thể chuyển lên: phong trào cấp trên không còn mở.',
  'escalation.refusal.foreignCampaign':
    'Không thể chuyển lên: chỉ được chuyển lên phong trào của đơn vị cấp trên mà phong trào này thuộc về.',
  'escalation.refusal.distinction':
    'Không thể chuyển lên với danh hiệu này: cấp khen thấp hơn cấp của phong trào, thấp hơn danh hiệu đã công nhận, hoặc phong trào không xét danh hiệu này.',
  'escalation.refusal.inactive':
    'Không thể chuyển lên: người này đã nghỉ việc nên không thể được đề nghị nữa.',
  'escalation.refusal.prerequisite':
    'Không thể chuyển lên với danh hiệu này: người được đề nghị chưa đủ điều kiện tiên quyết (các danh hiệu cần có trước).',
  'escalation.refusal.notEligible':
    'Không thể chuyển lên: người được đề nghị chưa đủ điều kiện cho danh hiệu này.',
  'escalation.refusal.duplicate':
    'Không thể chuyển lên: đã có đề nghị cùng danh hiệu cho người này ở phong trào cấp trên.',
  'escalation.refusal.quota':
    'Không thể chuyển lên: đơn vị đã đủ số lượng đề nghị được phép ở phong trào cấp trên.',
  'escalation.refusal.notFound': 'Không tìm thấy đề nghị hoặc phong trào này, hoặc bạn không có quyền xem.',
  'escalation.refusal.forbidden': 'Bạn không có quyền chuyển hay công bố đề nghị của đơn vị này.',
  'escalation.refusal.other': 'Máy chủ không chấp nhận yêu cầu này. Vui lòng kiểm tra lại.',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'escalation.nav': 'Escalation',
  'escalation.title': 'Escalation and showcase',
  'escalation.intro':
    'The organization’s recognized nominations: put them forward to a higher level’s campaign before the escalation deadline, or publish them on the showcase.',
  'escalation.organization': 'Organization',
  'escalation.chooseOrganization': 'Choose an organization',
  'escalation.noOrganization': 'You have no role in any organization yet.',
  'escalation.showcase': 'See the showcase of {organization}',
  'escalation.empty': 'The organization has no recognized nomination yet.',
  'escalation.stage.RECOGNIZED': 'Recognized',
  'escalation.stage.ESCALATED': 'Escalated',
  'escalation.campaign': 'Campaign',
  'escalation.distinction': 'Distinction',
  'escalation.decision': 'Decision {number} of {date}',
  'escalation.escalate': 'Put forward to a higher level',
  'escalation.target': 'Higher level’s campaign',
  'escalation.noTarget': 'This campaign is not part of a higher level’s campaign: nothing to escalate to.',
  'escalation.targetOption': '{title} — {organization}',
  'escalation.targetClosed': ' (not open)',
  'escalation.for': 'Distinction proposed',
  'escalation.same': 'The same: {name}',
  'escalation.higher': 'Higher: {name}',
  'escalation.deadline': 'Escalation deadline: {deadline}.',
  'escalation.deadlinePassed': 'The escalation deadline has passed ({deadline}).',
  'escalation.submit': 'Escalate',
  'escalation.sending': 'Sending…',
  'escalation.done': 'Escalated to "{campaign}" of {organization} for {distinction}.',
  'escalation.publish': 'Showcase',
  'escalation.published': 'Shown on the public showcase.',
  'escalation.notPublished': 'Not published.',
  'escalation.publishButton': 'Publish on the showcase',
  'escalation.unpublishButton': 'Unpublish',
  'escalation.refusal.deadline':
    'Cannot escalate: the campaign’s escalation deadline has passed ({deadline}).',
  'escalation.refusal.deadlineUnknown': 'Cannot escalate: the campaign’s escalation deadline has passed.',
  'escalation.refusal.notRecognized':
    'Not possible: this nomination is not recognized or was already escalated (only recognized nominations are escalated or published).',
  'escalation.refusal.targetNotOpen': 'Cannot escalate: the higher level’s campaign is not open.',
  'escalation.refusal.foreignCampaign':
    'Cannot escalate: only to a campaign of a higher organization that this campaign belongs to.',
  'escalation.refusal.distinction':
    'Cannot escalate for this distinction: conferred below the campaign’s level, below the one recognized, or not in that campaign.',
  'escalation.refusal.inactive': 'Cannot escalate: this person has left and can no longer be nominated.',
  'escalation.refusal.prerequisite':
    'Cannot escalate for this distinction: the nominee lacks its prerequisites (distinctions held before).',
  'escalation.refusal.notEligible': 'Cannot escalate: the nominee is not eligible for this distinction.',
  'escalation.refusal.duplicate':
    'Cannot escalate: the higher campaign already has this nominee for this distinction.',
  'escalation.refusal.quota': 'Cannot escalate: the organization’s quota in the higher campaign is full.',
  'escalation.refusal.notFound': 'The nomination or campaign was not found, or you may not see it.',
  'escalation.refusal.forbidden': 'You may not escalate or publish this organization’s nominations.',
  'escalation.refusal.other': 'The server refused this request. Please check it.',
};
