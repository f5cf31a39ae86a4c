import { resolve } from 'node:path';

/** The repository root (this file runs from libs/launcher/dist). */
export const ROOT = resolve(__dirname, '..', '..', '..');

/** Every subgraph, in start order, with its default port. */
export const SERVICES = [
  { name: 'organizations', port: 4101 },
  { name: 'campaigns', port: 4102 },
  { name: 'nominations', port: 4103 },
  { name: 'voting', port: 4104 },
  { name: 'reporting', port: 4105 },
  { name: 'exemplars', port: 4106 },
] as const;

export type ServiceName = (typeof SERVICES)[number]['name'];
