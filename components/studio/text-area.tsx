import type { TextareaHTMLAttributes } from "react";
import { FieldFrame } from "@/components/ui/field";

// A labelled text area with its error next to it (the studio's longer texts).
export function TextArea({
  id,
  label,
  error,
  hint,
  ...area
}: TextareaHTMLAttributes<HTMLTextAreaElement> & { id: string; label: string; error?: string; hint?: string }) {
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint}>
      {({ className, ...aria }) => <textarea id={id} {...aria} className={`min-h-20 ${className}`} {...area} />}
    </FieldFrame>
  );
}
