/** The exemplars feature's words (fostering, replication, initiatives), Vietnamese first. */
export { vi } from './vi';
export { en } from './en';
