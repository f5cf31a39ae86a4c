/** The imports feature's words, Vietnamese first; `en` must have every key of `vi`. */
export const vi = {
  'imports.nav': 'Nhập dữ liệu',
  'imports.title': 'Nhập dữ liệu từ Excel hoặc CSV',
  'imports.explain':
    'Tệp được kiểm tra trước, chưa ghi gì: mọi dòng sai được liệt kê kèm số dòng và lý do. Chỉ khi tệp không còn dòng sai, bạn mới bấm ghi dữ liệu; tệp được ghi toàn bộ hoặc không ghi gì.',
  'imports.kind': 'Loại dữ liệu',
  'imports.kind.organizations': 'Danh sách đơn vị',
  'imports.kind.people': 'Danh sách cán bộ, viên chức',
  'imports.kind.distinction-records': 'Quá trình khen thưởng trước đây',
  'imports.columns.organizations':
    'Các cột: Mã (mã đơn vị), Tên, Loại (UNIT, INSTITUTION, …), Mã đơn vị cha. Đơn vị đã có mã sẽ được cập nhật tên.',
  'imports.columns.people':
    'Các cột: Mã đơn vị, Họ và tên, Chức vụ đảng, đoàn thể, Chức vụ chính quyền, Lãnh đạo đơn vị (mã đơn vị), Tài khoản, Mã cán bộ, Ngày nghỉ việc.',
  'imports.columns.distinction-records':
    'Các cột: Năm, Mã danh hiệu, Mã cá nhân hoặc Mã tập thể, Số quyết định.',
  'imports.template': 'Tải tệp mẫu:',
  'imports.templateXlsx': 'Mẫu Excel (.xlsx)',
  'imports.templateCsv': 'Mẫu CSV',
  'imports.templateFailed': 'Không tải được tệp mẫu. Vui lòng thử lại.',
  'imports.file': 'Tệp Excel (.xlsx) hoặc CSV',
  'imports.fileHint': 'CSV cần lưu dạng “CSV UTF-8”. Tối đa 20 MB.',
  'imports.wrongType': 'Chỉ nhận tệp .xlsx hoặc .csv.',
  'imports.check': 'Kiểm tra tệp',
  'imports.progress.sending': 'Đang tải tệp lên: {percent}%',
  'imports.progress.checking': 'Đã tải lên, máy chủ đang kiểm tra từng dòng…',
  'imports.progress.writing': 'Đã tải lên, máy chủ đang ghi dữ liệu…',
  'imports.bad.title': 'Có {count} dòng sai',
  'imports.bad.nothingWritten':
    'Chưa có gì được ghi. Hãy sửa các dòng dưới đây trong tệp rồi chọn lại tệp để kiểm tra.',
  'imports.bad.row': 'Dòng',
  'imports.bad.reason': 'Lý do',
  'imports.bad.wholeFile': 'Cả tệp',
  'imports.ready.title': 'Tệp hợp lệ',
  'imports.ready.summary': 'Khi ghi sẽ thêm mới {created} và cập nhật {updated} bản ghi.',
  'imports.ready.write': 'Ghi dữ liệu',
  'imports.done': 'Đã ghi: thêm mới {created}, cập nhật {updated}.',
  'imports.failure.tooLarge': 'Tệp quá lớn (tối đa 20 MB). Hãy chia thành nhiều tệp nhỏ hơn.',
  'imports.failure.badFile': 'Máy chủ không đọc được tệp này.',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'imports.nav': 'Imports',
  'imports.title': 'Import from Excel or CSV',
  'imports.explain':
    'The file is checked first and nothing is written: every bad row is listed with its number and reason. Only a file without bad rows can be written, when you ask; it is written whole or not at all.',
  'imports.kind': 'What the file holds',
  'imports.kind.organizations': 'Organizations',
  'imports.kind.people': 'Staff',
  'imports.kind.distinction-records': 'Earlier distinctions',
  'imports.columns.organizations':
    'Columns: code, name, kind (UNIT, INSTITUTION, …), parent code. An existing code gets its name updated.',
  'imports.columns.people':
    'Columns: organization code, full name, party or union position, government position, heads (an organization code), account, staff number, leaving date.',
  'imports.columns.distinction-records':
    'Columns: year, distinction code, person id or organization id, decision number.',
  'imports.template': 'Download a template:',
  'imports.templateXlsx': 'Excel template (.xlsx)',
  'imports.templateCsv': 'CSV template',
  'imports.templateFailed': 'The template could not be downloaded. Please try again.',
  'imports.file': 'Excel (.xlsx) or CSV file',
  'imports.fileHint': 'Save CSV as “CSV UTF-8”. At most 20 MB.',
  'imports.wrongType': 'Only .xlsx or .csv files.',
  'imports.check': 'Check the file',
  'imports.progress.sending': 'Uploading: {percent}%',
  'imports.progress.checking': 'Uploaded; the server is checking every row…',
  'imports.progress.writing': 'Uploaded; the server is writing…',
  'imports.bad.title': '{count} bad rows',
  'imports.bad.nothingWritten':
    'Nothing was written. Fix these rows in the file, then choose it again to check.',
  'imports.bad.row': 'Row',
  'imports.bad.reason': 'Reason',
  'imports.bad.wholeFile': 'Whole file',
  'imports.ready.title': 'The file is valid',
  'imports.ready.summary': 'Writing will create {created} and update {updated} records.',
  'imports.ready.write': 'Write the data',
  'imports.done': 'Written: {created} created, {updated} updated.',
  'imports.failure.tooLarge': 'The file is too large (20 MB at most). Split it into smaller files.',
  'imports.failure.badFile': 'The server cannot read this file.',
};
