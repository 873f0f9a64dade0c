// One logger for the server (pino: JSON lines, one per event). Every entry names what failed
// (`action`, `job`, `route`) and who asked (`accountId`), never a password, token or whole
// record: the keys below are redacted wherever they appear, and callers pass ids, not rows.
import pino from "pino";
import { env } from "@/lib/env";

export const loggerOptions: pino.LoggerOptions = {
  level: env().LOG_LEVEL ?? (env().NODE_ENV === "test" ? "silent" : "info"),
  base: { app: "passeport-securite" },
  redact: {
    paths: [
      "password",
      "*.password",
      "newPassword",
      "*.newPassword",
      "currentPassword",
      "*.currentPassword",
      "token",
      "*.token",
      "secret",
      "*.secret",
      "authorization",
      "*.authorization",
      "cookie",
      "*.cookie",
    ],
    censor: "[masqué]",
  },
  serializers: { err: pino.stdSerializers.err },
};

export const logger = pino(loggerOptions);
