/** Thrown by the core for a missing article and the like; carried to clients as `not-found`. */
export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

/** Thrown by the core for a request that cannot be carried out as asked (an article paired with itself, an impossible story edit); carried as `invalid-arguments`. */
export class InvalidRequestError extends Error {
  override name = 'InvalidRequestError';
}
