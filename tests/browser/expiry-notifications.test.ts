// Issue 13, items 2, 3 and 8 in Chromium: a passport near its expiry → the reminders' pass →
// the worker sees the bell's count, the notification and the dashboard's notice, marks it
// read; the referent's weekly digest (in the outbox and in the company's notification centre)
// lists them.
import type { Browser } from "playwright-core";
import { db } from "@/lib/db";
import { sendExpiryReminders } from "@/lib/reminders/expiry-reminders";
import { sendWeeklyDigests } from "@/lib/reminders/weekly-digest";
import { registeredCompany } from "@/tests/helpers/companies";
import { holderWithPassport } from "@/tests/helpers/expiring";
import { APP_URL, launchBrowser, login, openPage } from "@/tests/browser/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  await db.$disconnect();
});

it("tells the worker in the app and the referent in the weekly digest", async () => {
  const company = await registeredCompany();
  const holder = await holderWithPassport(company.id, { days: 20, canLogIn: true });
  // what the runner's hourly task does from 8:00 Paris
  const now = new Date();
  await sendExpiryReminders({ now });
  await sendWeeklyDigests({ now });

  // the worker
  const { context, page } = await openPage(browser, { viewport: { width: 390, height: 844 } });
  await login(page, holder.email!);
  await expect(
    page
      .getByRole("heading", { name: new RegExp(`Ton passeport n° ${holder.passport.number} expire le .* \\(dans 20 jours\\)`) })
      .isVisible(),
  ).resolves.toBe(true);
  await page.getByRole("link", { name: "Notifications, 1 non lue" }).click();
  await page.waitForURL(`${APP_URL}/espace/notifications`);
  await expect(
    page.getByRole("heading", { name: `Ton passeport ${holder.passport.number} expire dans 20 jours` }).isVisible(),
  ).resolves.toBe(true);
  await page.getByRole("button", { name: "Marquer comme lue" }).click();
  await page.getByRole("link", { name: "Notifications, aucune non lue" }).waitFor();
  expect(await db.notification.count({ where: { accountId: holder.accountId, readAt: null } })).toBe(0);
  await context.close();

  // the referent: one digest listing them, by e-mail and in the company space
  const digest = await db.emailOutbox.findMany({ where: { to: company.email, template: "passport.digest" } });
  expect(digest).toHaveLength(1);
  expect(digest[0].text).toContain(`${holder.lastName.toUpperCase()} Léa — passeport n° ${holder.passport.number}`);
  const referent = await openPage(browser);
  await login(referent.page, company.email);
  await referent.page.getByRole("link", { name: "Notifications, 1 non lue" }).click();
  await referent.page.getByRole("heading", { name: "1 passeport de vos salariés expire dans les 90 jours" }).waitFor();
  await expect(referent.page.getByText(holder.passport.number).isVisible()).resolves.toBe(true);
  await referent.context.close();
}, 90_000);
