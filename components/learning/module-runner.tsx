"use client";
// One module: media first, then the quiz, then the result (passed, failed with tries left,
// blocked, or passport obtained).
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { ModuleMediaView, type MediaStart } from "@/components/learning/module-media";
import { QuizForm, type QuizQuestion } from "@/components/learning/quiz-form";
import type { ModuleMedia } from "@/lib/learning/media";
import type { AttemptOutcome, ReviewedQuestion } from "@/lib/learning/quiz";
import { markMediaSeenAction, saveMediaPositionAction, startAttemptAction, submitAttemptAction } from "@/lib/learning/actions";
import { startPreviewQuizAction, submitPreviewQuizAction } from "@/lib/content/actions";

type Props = {
  moduleId: string;
  title: string;
  state: "PASSED" | "AVAILABLE" | "LOCKED";
  blocked: boolean;
  mediaSeen: boolean;
  passMark: number;
  failuresLeft: number;
  media: ModuleMedia;
  language: string;
  transcript: string;
  /** where the learner left the video (s) */
  mediaPosition: number;
  /** issue 12: the studio's preview of a version, as a learner sees it; nothing is recorded */
  preview?: { versionId: string };
};

export function ModuleRunner(props: Props) {
  const t = useTranslations("module");
  const [seen, setSeen] = useState(props.mediaSeen);
  const [quiz, setQuiz] = useState<{ attemptId: string; questions: QuizQuestion[] } | null>(null);
  const [outcome, setOutcome] = useState<AttemptOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  // issue 12: the video resumes where the learner left it; "Revoir ce passage" starts the media
  // at the place that answers a question
  const [start, setStart] = useState<MediaStart>(props.mediaPosition > 0 ? { seconds: props.mediaPosition } : null);
  const preview = props.preview;
  const onPosition = useCallback(
    (seconds: number) => {
      if (!preview) void saveMediaPositionAction({ moduleId: props.moduleId, seconds });
    },
    [props.moduleId, preview],
  );
  const replay = (anchor: NonNullable<ReviewedQuestion["anchor"]>) => {
    setOutcome(null);
    setStart({ ...anchor });
    requestAnimationFrame(() => document.getElementById("module-media")?.focus());
  };
  // issue 15: when the quiz opens or its result comes, the focus moves to it (not to the page)
  const step = useRef<HTMLElement>(null);
  const stepName = outcome ? "resultat" : quiz ? "questionnaire" : null;
  useEffect(() => {
    if (stepName) step.current?.focus();
  }, [stepName, quiz?.attemptId]);

  const onSeen = useCallback(() => {
    setSeen(true);
    if (!preview) void markMediaSeenAction({ moduleId: props.moduleId });
  }, [props.moduleId, preview]);

  const begin = () =>
    startTransition(async () => {
      setError(null);
      setOutcome(null);
      const res = preview
        ? await startPreviewQuizAction({ versionId: preview.versionId, language: props.language })
        : await startAttemptAction({ moduleId: props.moduleId });
      if (res.ok) setQuiz(res.data);
      else setError(res.error);
    });

  const submit = (answers: Record<string, string[]>) =>
    startTransition(async () => {
      if (!quiz) return;
      const res = preview
        ? await submitPreviewQuizAction({ versionId: preview.versionId, language: props.language, answers })
        : await submitAttemptAction({ attemptId: quiz.attemptId, answers });
      if (res.ok) {
        setOutcome(res.data);
        setQuiz(null);
      } else setError(res.error);
    });

  // the result of the attempt just made stays on screen after the page's data refreshes
  if (outcome)
    return (
      <section ref={step} tabIndex={-1} aria-label={t("resultLabel")} className="outline-offset-4">
        <Outcome outcome={outcome} onRetry={begin} onReplay={replay} />
      </section>
    );
  if (props.blocked) {
    return (
      <p role="alert" className="rounded-lg bg-red-50 p-4 font-semibold text-red-900">
        {t("blocked")}
      </p>
    );
  }
  if (props.state === "PASSED")
    return (
      <p role="status" className="rounded-lg bg-green-50 p-4 font-semibold">
        {t("passed")}
      </p>
    );
  if (props.state === "LOCKED")
    return (
      <p role="status" className="rounded-lg bg-white p-4">
        {t("locked")}
      </p>
    );

  return (
    <div className="grid gap-5">
      {error ? (
        <p role="alert" className="rounded-lg bg-red-50 p-4 font-semibold text-red-900">
          {error}
        </p>
      ) : null}
      {!quiz ? (
        <>
          <div id="module-media" tabIndex={-1}>
            <ModuleMediaView
              media={props.media}
              title={props.title}
              onSeen={onSeen}
              start={start}
              language={props.language}
              transcript={props.transcript}
              onPosition={onPosition}
            />
          </div>
          <div className="rounded-lg bg-white p-4 shadow-sm">
            <p>{seen ? t("ready", { passMark: props.passMark }) : t("watchFirst")}</p>
            <button
              type="button"
              onClick={begin}
              disabled={!seen || pending}
              className="mt-3 min-h-11 rounded-md bg-safety px-5 font-bold uppercase text-navy disabled:opacity-40"
            >
              {t("toQuiz")}
            </button>
          </div>
        </>
      ) : null}
      {quiz ? (
        <section ref={step} tabIndex={-1} aria-labelledby="questionnaire-titre" className="grid gap-4 outline-offset-4">
          <h2 id="questionnaire-titre" className="text-lg font-black uppercase">
            Questionnaire
          </h2>
          <QuizForm questions={quiz.questions} onSubmit={submit} pending={pending} />
        </section>
      ) : null}
    </div>
  );
}

/**
 * Issue 12, item 6: each question after the attempt. After a failure: right or wrong, the
 * explanation and a link to the place in the media that answers it, never the right choice.
 * After a pass: the right choices too.
 */
function Review({
  review,
  passed,
  onReplay,
}: {
  review: ReviewedQuestion[];
  passed: boolean;
  onReplay: (a: NonNullable<ReviewedQuestion["anchor"]>) => void;
}) {
  const t = useTranslations("module");
  return (
    <section aria-labelledby="review-title" className="mt-4 grid gap-3">
      <h2 id="review-title" className="text-lg font-bold">
        {passed ? t("corrections") : t("toReview")}
      </h2>
      <ol className="grid gap-3">
        {review.map((q, i) => (
          <li
            key={q.questionId}
            className={`rounded-lg border-l-4 bg-white p-4 shadow-sm ${q.right ? "border-green-700" : "border-red-700"}`}
          >
            <p className="font-semibold">
              <span className="sr-only">{t("questionN", { n: i + 1 })}</span>
              {q.text}
            </p>
            <p className={`mt-1 text-sm font-bold ${q.right ? "text-green-800" : "text-red-800"}`}>
              {q.right ? t("right") : t("wrong")}
              {q.chosen.length ? t("yourAnswer", { answer: q.chosen.map((c) => c.text).join(" ; ") }) : t("noAnswer")}
            </p>
            {q.rightChoices ? (
              <p className="mt-1 text-sm">{t("rightAnswer", { answer: q.rightChoices.map((c) => c.text).join(" ; ") })}</p>
            ) : null}
            {!q.right || passed ? <p className="mt-1 text-sm text-slate-700">{q.explanation}</p> : null}
            {!q.right && q.anchor ? (
              <button
                type="button"
                onClick={() => onReplay(q.anchor!)}
                className="mt-2 min-h-11 rounded-md border border-navy px-3 font-semibold text-navy"
              >
                {t("replay")}
                <span className="sr-only">
                  {" "}
                  {"seconds" in q.anchor
                    ? t("replayVideo", { min: Math.floor(q.anchor.seconds / 60), s: q.anchor.seconds % 60 })
                    : t("replaySlide", { n: q.anchor.slide })}
                </span>
              </button>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

function Outcome({
  outcome,
  onRetry,
  onReplay,
}: {
  outcome: AttemptOutcome;
  onRetry: () => void;
  onReplay: (a: NonNullable<ReviewedQuestion["anchor"]>) => void;
}) {
  return (
    <div className="grid gap-2">
      <OutcomeBanner outcome={outcome} onRetry={onRetry} />
      <Review review={outcome.review} passed={outcome.passed} onReplay={onReplay} />
    </div>
  );
}

function OutcomeBanner({ outcome, onRetry }: { outcome: AttemptOutcome; onRetry: () => void }) {
  const t = useTranslations("module");
  if (outcome.passport) {
    return (
      <div role="status" className="rounded-lg border-l-4 border-green-700 bg-green-50 p-5">
        <p className="text-xl font-black text-green-900">{t("congratulations")}</p>
        <p className="mt-1">
          {t.rich("passportNumber", {
            number: outcome.passport.number,
            score: outcome.score,
            b: (c) => <strong className="font-mono">{c}</strong>,
          })}
        </p>
        <Link href="/espace/passeports" className="mt-3 inline-block rounded-md bg-navy px-4 py-2 font-bold text-white">
          {t("seePassports")}
        </Link>
      </div>
    );
  }
  if (outcome.passed) {
    return (
      <div role="status" className="rounded-lg border-l-4 border-green-700 bg-green-50 p-5">
        <p className="text-lg font-bold text-green-900">{t("modulePassed", { score: outcome.score })}</p>
        <Link href="/espace/parcours" className="mt-3 inline-block rounded-md bg-navy px-4 py-2 font-bold text-white">
          {t("continue")}
        </Link>
      </div>
    );
  }
  if (outcome.blocked) {
    return (
      <p role="alert" className="rounded-lg border-l-4 border-red-700 bg-red-50 p-5 font-semibold text-red-900">
        {t("nowBlocked", { score: outcome.score })}
      </p>
    );
  }
  return (
    <div role="alert" className="rounded-lg border-l-4 border-amber-500 bg-amber-50 p-5">
      <p className="font-bold">{t("failed", { score: outcome.score, passMark: outcome.passMark })}</p>
      <p className="mt-1">{t("triesLeft", { n: outcome.failuresLeft })}</p>
      <button type="button" onClick={onRetry} className="mt-3 min-h-11 rounded-md bg-navy px-4 font-bold text-white">
        {t("retry")}
      </button>
    </div>
  );
}
