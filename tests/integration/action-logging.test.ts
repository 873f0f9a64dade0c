// Unexpected failures of server actions are logged with the action's name and the account,
// never with the input (passwords) — and the user sees a generic French message.
import { Writable } from "node:stream";
import pino from "pino";
import { logger, loggerOptions } from "@/lib/logger";
import { actionClient, publicAction } from "@/lib/safe-action";
import { z } from "zod";
import type { Viewer } from "@/lib/auth/viewer";

const viewer = { accountId: "acc_123", isAdmin: false, person: null, company: null } as unknown as Viewer;

describe("action logging", () => {
  afterEach(() => jest.restoreAllMocks());

  it("names the failed action and the account", async () => {
    const spy = jest.spyOn(logger, "error").mockImplementation(() => undefined);
    const action = actionClient(
      () => true,
      async () => viewer,
    )("people.example", z.object({ password: z.string() }), async () => {
      throw new Error("boom");
    });
    const result = await action({ password: "Secret-123456" });
    expect(result).toEqual({ ok: false, error: "Une erreur inattendue est survenue. Réessayez dans un instant." });
    expect(spy).toHaveBeenCalledTimes(1);
    const [fields, message] = spy.mock.calls[0] as unknown as [Record<string, unknown>, string];
    expect(fields).toMatchObject({ action: "people.example", accountId: "acc_123" });
    expect(message).toContain("[action people.example] échec inattendu");
    expect(JSON.stringify(fields)).not.toContain("Secret-123456");
  });

  it("names public actions too, without an account", async () => {
    const spy = jest.spyOn(logger, "error").mockImplementation(() => undefined);
    const action = publicAction("auth.example", z.object({}), async () => {
      throw new Error("boom");
    });
    expect((await action({})).ok).toBe(false);
    expect(spy.mock.calls[0][0]).toMatchObject({ action: "auth.example", accountId: null });
  });

  it("redacts passwords and tokens wherever a caller puts them", () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const log = pino({ ...loggerOptions, level: "info" }, sink);
    log.info({ password: "p1", input: { newPassword: "p2", token: "t1" }, accountId: "acc" }, "essai");
    const entry = JSON.parse(lines[0]);
    expect(entry.password).toBe("[masqué]");
    expect(entry.input.newPassword).toBe("[masqué]");
    expect(entry.input.token).toBe("[masqué]");
    expect(entry.accountId).toBe("acc");
  });
});
