// Issue 14, item 2: the wizard's step 2 from a spreadsheet. Pasted cells (tabs from Excel) and
// files (CSV in Windows-1252, XLSX) become participant rows that the forms' schema checks;
// only a trainer may send a file.
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { AccessDeniedError } from "@/lib/auth/access";
import { DEMO, viewerOf } from "@/tests/helpers/demo";
import { parseDelimited } from "@/lib/spreadsheet/delimited";
import { participantsFromRows } from "@/lib/sessions/participant-rows";
import { participantSchema } from "@/lib/sessions/session.schema";
import { tableStream } from "@/lib/export/table-stream";

let current: Viewer | null = null;
jest.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => current }));

import { readParticipantsFile } from "@/lib/sessions/participants-file";
import { readParticipantsFileAction } from "@/lib/sessions/actions";

afterAll(() => db.$disconnect());

it("reads cells pasted from Excel, with or without titles, and the forms' checks apply", () => {
  const pasted = "Dupont\tBaptiste\tbaptiste@exemple.fr\tCarrières Services Transports\r\nMartin\t\tpas-un-mail\tCST\r\n";
  const rows = participantsFromRows(parseDelimited(pasted));
  expect(rows).toEqual([
    { lastName: "Dupont", firstName: "Baptiste", email: "baptiste@exemple.fr", companyName: "Carrières Services Transports" },
    { lastName: "Martin", firstName: "", email: "pas-un-mail", companyName: "CST" },
  ]);
  const second = participantSchema.safeParse(rows[1]);
  expect(second.success).toBe(false);
  expect(Object.fromEntries(second.error!.issues.map((i) => [i.path[0], i.message]))).toEqual({
    firstName: "Saisis le prénom.",
    email: "Cette adresse e-mail n'est pas valide.",
  });
  expect(participantSchema.safeParse(rows[0]).success).toBe(true);

  const titled = participantsFromRows(parseDelimited("Entreprise\tPrénom\tNom\nGVL\tZoé\tLeroy\n"));
  expect(titled).toEqual([{ lastName: "Leroy", firstName: "Zoé", email: "", companyName: "GVL" }]);
});

it("reads a Windows-1252 CSV and an XLSX file for a trainer, and refuses everyone else", async () => {
  const trainer = await viewerOf(DEMO.trainer);
  const csv = Uint8Array.from(Buffer.from("Nom;Prénom;e-mail;Entreprise\r\nGéraud;Hélène;;Carrières Réunies\r\n", "latin1"));
  expect(await readParticipantsFile(trainer, csv)).toEqual([
    { lastName: "Géraud", firstName: "Hélène", email: "", companyName: "Carrières Réunies" },
  ]);
  const xlsx = new Uint8Array(
    await new Response(
      tableStream(
        "xlsx",
        ["Nom", "Prénom", "e-mail", "Entreprise"],
        (async function* () {
          yield [["Lefèvre", "Inès", "ines@exemple.fr", "GVL"]];
        })(),
      ),
    ).arrayBuffer(),
  );
  expect(await readParticipantsFile(trainer, xlsx)).toEqual([
    { lastName: "Lefèvre", firstName: "Inès", email: "ines@exemple.fr", companyName: "GVL" },
  ]);

  for (const who of [DEMO.admin, DEMO.referent, DEMO.member, DEMO.learnerWithEmail, DEMO.controller]) {
    const viewer = await viewerOf(who);
    await expect(readParticipantsFile(viewer, csv)).rejects.toBeInstanceOf(AccessDeniedError);
    current = viewer;
    expect(await readParticipantsFileAction({ file: new File([csv], "p.csv") })).toEqual({ ok: false, error: "Accès refusé." });
  }
  current = null;
  expect(await readParticipantsFileAction({ file: new File([csv], "p.csv") })).toMatchObject({ ok: false });
  current = trainer;
  expect(await readParticipantsFileAction({ file: new File([csv], "p.csv") })).toMatchObject({ ok: true, data: [{ lastName: "Géraud" }] });
});
