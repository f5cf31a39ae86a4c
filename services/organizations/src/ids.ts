export { isId } from '@laurel/graphql';
