// Issue 12, item 5: the language a learner takes the induction in, chosen in MES INFORMATIONS
// or on the path. A module that lacks it is shown in French.
import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { assertPerson } from "@/lib/auth/access";
import { UserFacingError } from "@/lib/errors";
import { isLanguage } from "@/lib/content/languages";

export async function setLearningLanguage(viewer: Viewer, language: string) {
  assertPerson(viewer);
  if (!isLanguage(language)) throw new UserFacingError("Choisis une langue de la liste.", { language: "Choisis une langue de la liste." });
  await db.person.update({ where: { id: viewer.person.id }, data: { language } });
}
