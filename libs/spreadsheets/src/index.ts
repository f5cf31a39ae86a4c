export {
  parseTable,
  TableFormatError,
  type ColumnSpec,
  type ImportFormatValue,
  type ParsedTable,
  type ParseTableOptions,
  type TableRow,
} from './table-parser';
