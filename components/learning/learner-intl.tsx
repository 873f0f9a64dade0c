"use client";
// Issue 12, item 5: the learner's path and quiz in the learner's language (next-intl's client
// provider, fed by the server with the catalogue of that language).
import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import type { LearnerMessages } from "@/lib/i18n/learner";

export function LearnerIntl({ locale, messages, children }: { locale: string; messages: LearnerMessages; children: ReactNode }) {
  return (
    <NextIntlClientProvider locale={locale} messages={messages} timeZone="Europe/Paris">
      {children}
    </NextIntlClientProvider>
  );
}
