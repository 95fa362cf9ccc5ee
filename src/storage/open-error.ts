// The one error for "the database cannot be used", whichever dialect: start-up reports it in one line.

export class StoreOpenError extends Error {
  constructor(
    /** The file path, or the PostgreSQL URL without its password. */
    readonly where: string,
    reason: string,
  ) {
    super(`cannot open database at ${where}: ${reason}`);
    this.name = 'StoreOpenError';
  }
}

/** A postgres:// URL safe to print: the password is replaced. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://(unparsable URL)';
  }
}
