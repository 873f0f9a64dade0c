// Issue 11, item 3, over HTTP against the running app: a suspended company's open session stops
// opening the company space on its next request, its login is refused, and after reactivation
// it logs in again (the session open before the suspension stays closed).
import { db } from "@/lib/db";
import { reactivateCompany, suspendCompany } from "@/lib/companies/suspension";
import { DEMO, DEMO_PASSWORD, viewerOf } from "@/tests/helpers/demo";
import { registeredCompany } from "@/tests/helpers/companies";
import { httpLogin } from "@/tests/helpers/http-session";

afterAll(() => db.$disconnect());

const opens = async (session: { get: (path: string) => Promise<Response> }) => (await session.get("/entreprise")).status === 200;

it("closes the company space of a suspended company at once, and opens it again on reactivation", async () => {
  const company = await registeredCompany();
  const admin = await viewerOf(DEMO.admin);
  const open = await httpLogin(company.email, DEMO_PASSWORD);
  expect(await opens(open)).toBe(true);

  await suspendCompany(admin, { companyId: company.id, reason: "Essai" });
  const refused = await open.get("/entreprise");
  expect(refused.status).toBe(307);
  expect(refused.headers.get("location")).toMatch(/\/\?(callbackUrl|connexion=requise)/);
  await expect(httpLogin(company.email, DEMO_PASSWORD)).rejects.toThrow("connexion refusée");

  await reactivateCompany(admin, { companyId: company.id });
  expect(await opens(open)).toBe(false);
  expect(await opens(await httpLogin(company.email, DEMO_PASSWORD))).toBe(true);
}, 60_000);
