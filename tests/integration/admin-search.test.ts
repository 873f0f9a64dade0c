// Issue 11, item 1: the global search finds people, companies and sessions, grouped,
// whatever the accents and the case, and only for administrators.
import { db } from "@/lib/db";
import { AccessDeniedError } from "@/lib/auth/access";
import { globalSearch } from "@/lib/admin/global-search";
import { getSessionForAdmin } from "@/lib/sessions/admin-session";
import { DEMO, newSiret, uniq, viewerOf } from "@/tests/helpers/demo";

afterAll(() => db.$disconnect());

/** A company, a person with an accented name, a passport and a session of theirs, unique to this run. */
async function world() {
  const tag = uniq().toUpperCase();
  const siret = newSiret();
  const company = await db.company.create({
    data: {
      kind: "MEMBER",
      name: `Carrières Hélène ${tag}`,
      siret,
      vatNumber: `FR${tag}`.slice(0, 13),
      memberNumber: `M${tag}`.slice(0, 12),
      referentFirstName: "Rémi",
      referentLastName: "Référent",
      referentEmail: `ref-${tag.toLowerCase()}@example.fr`,
    },
  });
  const profile = await db.profile.findUniqueOrThrow({ where: { code: "ADMINISTRATIF" } });
  const account = await db.account.create({ data: { email: `elodie.${tag.toLowerCase()}@example.fr`, uniqueId: `U${tag}`.slice(0, 12) } });
  const lastName = `Bécart${tag}`;
  const person = await db.person.create({
    data: { accountId: account.id, companyId: company.id, firstName: "Élodie", lastName, profileId: profile.id, blockedAt: new Date() },
  });
  const passport = await db.passport.create({
    data: {
      number: `PS-2026-${tag.slice(-6)}`,
      personId: person.id,
      profileId: profile.id,
      companyId: company.id,
      issuedAt: new Date(),
      expiresAt: new Date(Date.now() + 86_400_000),
      issuedVia: "ONLINE",
    },
  });
  const session = await db.awarenessSession.create({ data: { trainerId: person.id, profileId: profile.id, participantCount: 1 } });
  return { tag, siret, company, account, person, lastName, passport, session, profile };
}

describe("global search", () => {
  it("finds a person by name whatever the accents and the case, with either word order", async () => {
    const w = await world();
    const admin = await viewerOf(DEMO.admin);
    const plain = w.lastName.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    for (const q of [`elodie ${plain.toLowerCase()}`, `${plain.toUpperCase()} ÉLODIE`, `ÉlOdIe ${w.lastName}`]) {
      const { people } = await globalSearch(admin, q);
      expect(people.map((p) => p.id)).toEqual([w.person.id]);
      expect(people[0]).toMatchObject({ firstName: "Élodie", companyName: w.company.name, blocked: true, deleted: false });
    }
  });

  it("finds a person by e-mail, ID unique and passport number", async () => {
    const w = await world();
    const admin = await viewerOf(DEMO.admin);
    expect((await globalSearch(admin, w.account.email!.toUpperCase())).people.map((p) => p.id)).toEqual([w.person.id]);
    expect((await globalSearch(admin, w.account.uniqueId!.toLowerCase())).people.map((p) => p.id)).toEqual([w.person.id]);
    const byPassport = await globalSearch(admin, ` ${w.passport.number.toLowerCase()} `);
    expect(byPassport.people.map((p) => p.id)).toEqual([w.person.id]);
    expect(byPassport.people[0].passportNumber).toBe(w.passport.number);
  });

  it("lists people found by part of their e-mail after those found by name, and only when names leave room", async () => {
    const w = await world();
    const admin = await viewerOf(DEMO.admin);
    const word = `Zorglub${w.tag}`;
    const named = [];
    for (const first of ["Anne", "Bruno"]) {
      const account = await db.account.create({ data: { uniqueId: `Z${uniq().toUpperCase()}`.slice(0, 12) } });
      named.push(
        await db.person.create({
          data: { accountId: account.id, companyId: w.company.id, firstName: first, lastName: word, profileId: w.profile.id },
        }),
      );
    }
    // the word only in the address: found by the e-mail look-up
    const mailOnly = await db.account.create({ data: { email: `contact.${word.toLowerCase()}@example.fr` } });
    const byMail = await db.person.create({
      data: { accountId: mailOnly.id, companyId: w.company.id, firstName: "Chloé", lastName: `Autre${w.tag}`, profileId: w.profile.id },
    });
    const ids = (r: Awaited<ReturnType<typeof globalSearch>>) => r.people.map((p) => p.id).sort();
    // room left: the e-mail hit comes after the two names
    const five = await globalSearch(admin, word.toLowerCase(), 5);
    expect(five.people.map((p) => p.id).at(-1)).toBe(byMail.id);
    expect(ids(five)).toEqual([...named.map((p) => p.id), byMail.id].sort());
    // names fill the two places: the e-mail look-up cannot change the answer
    expect(ids(await globalSearch(admin, word, 2))).toEqual(named.map((p) => p.id).sort());
  });

  it("finds a company by name (accents), SIRET, SIREN, VAT and member number", async () => {
    const w = await world();
    const admin = await viewerOf(DEMO.admin);
    const queries = [
      `carrieres helene ${w.tag.toLowerCase()}`,
      w.siret,
      `${w.siret.slice(0, 3)} ${w.siret.slice(3, 9)}`,
      w.company.vatNumber!,
      w.company.memberNumber!.toLowerCase(),
    ];
    for (const q of queries) expect((await globalSearch(admin, q)).companies.map((c) => c.id)).toContain(w.company.id);
    expect((await globalSearch(admin, w.siret)).companies).toHaveLength(1);
  });

  it("finds a session by its label, by its number alone, and groups the kinds apart", async () => {
    const w = await world();
    const admin = await viewerOf(DEMO.admin);
    const label = `${w.profile.name} n°${w.session.number}`;
    const byLabel = await globalSearch(
      admin,
      label
        .toUpperCase()
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, ""),
    );
    expect(byLabel.sessions).toEqual([
      expect.objectContaining({ id: w.session.id, label, trainerName: `Élodie ${w.lastName.toUpperCase()}` }),
    ]);
    expect((await globalSearch(admin, `n°${w.session.number}`)).sessions.map((s) => s.id)).toEqual([w.session.id]);
    // a person's name finds the person, not the company nor a session
    const byName = await globalSearch(admin, w.lastName);
    expect(byName.people).toHaveLength(1);
    expect(byName.companies).toHaveLength(0);
    expect(byName.sessions).toHaveLength(0);
    // the company's tag names the company only
    const byCompany = await globalSearch(admin, `hélène ${w.tag}`);
    expect(byCompany.companies.map((c) => c.id)).toEqual([w.company.id]);
    expect(byCompany.people).toHaveLength(0);
  });

  it("treats LIKE wildcards as text and answers nothing to one character", async () => {
    const admin = await viewerOf(DEMO.admin);
    expect(await globalSearch(admin, "%")).toEqual({ people: [], companies: [], sessions: [] });
    expect((await globalSearch(admin, "%%%_")).people).toHaveLength(0);
  });

  it("is refused to everyone but administrators", async () => {
    for (const who of [DEMO.referent, DEMO.member, DEMO.learnerWithEmail, DEMO.trainer, DEMO.controller]) {
      await expect(globalSearch(await viewerOf(who), "dupont")).rejects.toBeInstanceOf(AccessDeniedError);
    }
    await expect(globalSearch(null as never, "dupont")).rejects.toBeInstanceOf(AccessDeniedError);
  });
});

describe("a session found by the search", () => {
  it("is shown to administrators, read only, with its trainer and participants; to nobody else", async () => {
    const w = await world();
    const admin = await viewerOf(DEMO.admin);
    const session = await getSessionForAdmin(admin, w.session.id);
    expect(session).toMatchObject({ label: `${w.profile.name} n°${w.session.number}`, trainer: { id: w.person.id } });
    expect(await getSessionForAdmin(admin, "inconnu")).toBeNull();
    for (const who of [DEMO.referent, DEMO.member, DEMO.learnerWithEmail, DEMO.trainer, DEMO.controller]) {
      await expect(getSessionForAdmin(await viewerOf(who), w.session.id)).rejects.toBeInstanceOf(AccessDeniedError);
    }
  });
});
