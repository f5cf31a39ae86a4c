import {
  DirectoryReader,
  type DirectorySync,
  type KnownGroup,
  type KnownOrganization,
} from '@laurel/directory';
import type { DataSource } from 'typeorm';

export type DirectoryOrganization = KnownOrganization;
export type DirectoryGroup = KnownGroup;

/** This service's copy of the organization directory (schema `campaigns`). */
export class Directory extends DirectoryReader {
  constructor(db: DataSource, sync: DirectorySync | null) {
    super(db, 'campaigns', sync);
  }
}
