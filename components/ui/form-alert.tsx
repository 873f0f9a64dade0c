import { frenchSpaces } from "@/lib/typography";
// A form's own error (the one that belongs to no field), announced to screen readers.
export function FormAlert({ message }: { message: string | null | undefined }) {
  return message ? (
    <p role="alert" className="rounded bg-red-50 p-3 text-sm font-semibold text-red-800">
      {frenchSpaces(message)}
    </p>
  ) : null;
}
