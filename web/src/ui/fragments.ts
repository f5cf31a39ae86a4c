import { graphql } from '../gql';

// Selections several features' documents share, spread by name (`...DistinctionName`); codegen
// adds each fragment's definition to every document that spreads it (fragment masking is off,
// so the fields read as if written in place).

/** A distinction as lists and tables name it: its code and its Vietnamese and English names. */
export const DistinctionNameFragment = graphql(`
  fragment DistinctionName on Distinction {
    code
    nameVi
    nameEn
  }
`);

/** A person or organization nominated, by the name lists show. */
export const NomineeNameFragment = graphql(`
  fragment NomineeName on Nominee {
    __typename
    ... on Person {
      id
      fullName
    }
    ... on Organization {
      id
      name
    }
  }
`);
