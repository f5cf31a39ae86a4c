function code(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as { code?: unknown; driverError?: { code?: unknown } };
  const found = e.driverError?.code ?? e.code;
  return typeof found === 'string' ? found : undefined;
}

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (code(error) !== '23505') return false;
  if (!constraint) return true;
  const e = error as { constraint?: string; driverError?: { constraint?: string } };
  return (e.driverError?.constraint ?? e.constraint) === constraint;
}

export function isForeignKeyViolation(error: unknown): boolean {
  return code(error) === '23503';
}
