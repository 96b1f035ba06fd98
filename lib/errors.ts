/**
 * An expected failure whose message is written for the person in front of the app or the terminal: bad input,
 * a taken port, an unreachable database. Anything else is a bug: logged in full, shown only as a generic message.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message)
    this.name = new.target.name
  }
}
