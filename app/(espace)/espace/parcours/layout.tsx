// Issue 12, item 5: the path and the quiz in the learner's language; the rest of the space stays French.
import type { ReactNode } from "react";
import { requireSpace } from "@/lib/auth/guards";
import { learnerIntl } from "@/lib/i18n/learner";
import { LearnerIntl } from "@/components/learning/learner-intl";

export default async function PathLayout({ children }: { children: ReactNode }) {
  const viewer = await requireSpace("espace");
  const { locale, messages } = learnerIntl(viewer.person?.language);
  return (
    <LearnerIntl locale={locale} messages={messages}>
      <div lang={locale}>{children}</div>
    </LearnerIntl>
  );
}
