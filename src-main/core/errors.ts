/** Thrown by the core for a missing article and the like; carried to clients as `not-found`. */
export class NotFoundError extends Error {
  override name = 'NotFoundError';
}
