// A logged-in HTTP client for tests that need many roles quickly (no browser): next-auth's
// credentials login through its real endpoints, the session cookie kept and sent back.
export const APP = () => process.env.APP_URL ?? "http://127.0.0.1:3000";

export type HttpSession = { cookie: string; get: (path: string) => Promise<Response> };

function cookiesOf(response: Response, jar: Map<string, string>) {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const i = pair.indexOf("=");
    jar.set(pair.slice(0, i), pair.slice(i + 1));
  }
}

const header = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

export function anonymous(base = APP()): HttpSession {
  return { cookie: "", get: (path) => fetch(`${base}${path}`, { redirect: "manual" }) };
}

export async function httpLogin(
  identifier: string,
  password: string,
  extra: Record<string, string> = {},
  base = APP(),
): Promise<HttpSession> {
  const jar = new Map<string, string>();
  const csrf = await fetch(`${base}/api/auth/csrf`);
  cookiesOf(csrf, jar);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: header(jar) },
    body: new URLSearchParams({ csrfToken, identifier, password, json: "true", ...extra }),
  });
  cookiesOf(res, jar);
  if (![...jar.keys()].some((k) => k.endsWith("next-auth.session-token"))) {
    throw new Error(`connexion refusée pour ${identifier} (HTTP ${res.status})`);
  }
  const cookie = header(jar);
  return { cookie, get: (path) => fetch(`${base}${path}`, { redirect: "manual", headers: { Cookie: cookie } }) };
}
