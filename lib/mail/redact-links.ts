// Single-use links (first connection, reset, referent invitation, e-mail confirmation) are
// secrets: once a message is delivered, its stored copy keeps the address of the page but not
// the token, so that neither the outbox table nor the admin page holds a working link.
// Tokens are 32 random bytes in base64url (43 characters); any URL path segment of 24 or more
// such characters is treated as one.
const TOKEN_IN_URL = /(https?:\/\/[^\s"'<>]*?\/)([A-Za-z0-9_-]{24,})(?=[\s"'<>/?#]|$)/g;

export const REDACTED = "[lien masqué]";

export function redactLinks(body: string) {
  return body.replace(TOKEN_IN_URL, (_match, prefix: string) => `${prefix}${REDACTED}`);
}
