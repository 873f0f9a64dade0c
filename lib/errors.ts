/** An expected failure whose French message may be shown to the user as is. */
export class UserFacingError extends Error {
  constructor(
    message: string,
    public fieldErrors?: Record<string, string>,
  ) {
    super(message);
  }
}
