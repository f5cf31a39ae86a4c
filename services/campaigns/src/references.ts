import { distinctionReference } from './distinction/distinction.reference';

/** `_entities` is a door like any other: references go through the request's loaders. */
export const referenceResolvers = {
  Distinction: distinctionReference,
};
