export {
  DISTINCTION_RECORD_COLUMNS,
  IMPORT_COLUMNS,
  ORGANIZATION_COLUMNS,
  PEOPLE_COLUMNS,
  templateCsv,
  templateHeader,
  templateXlsx,
  type ImportKind,
} from './import-columns';
export {
  parseTable,
  TableFormatError,
  type ColumnSpec,
  type ImportFormatValue,
  type ParsedTable,
  type ParseTableOptions,
  type TableRow,
} from './table-parser';
