// Issue 13, item 7: the French 500 offers the way back to one's space (through /mon-espace,
// which reads the session on the server), AIDE, and a new try.
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import ErrorBoundary from "@/app/error";

it("says what happened in French and offers the way back, AIDE and a new try", async () => {
  const reset = jest.fn();
  jest.spyOn(console, "error").mockImplementation(() => undefined);
  render(<ErrorBoundary error={Object.assign(new Error("boom"), { digest: "1234" })} reset={reset} />);
  expect(screen.getByRole("heading", { name: "Une erreur inattendue est survenue" })).toBeInTheDocument();
  expect(screen.getByRole("link", { name: "Retour à mon espace" })).toHaveAttribute("href", "/mon-espace");
  expect(screen.getAllByRole("link", { name: "AIDE" })[0]).toHaveAttribute("href", "/aide");
  expect(screen.getByText(/Référence de l'erreur/)).toHaveTextContent("1234");
  expect(screen.queryByText("boom")).toBeNull();
  await userEvent.click(screen.getByRole("button", { name: "Réessayer" }));
  expect(reset).toHaveBeenCalled();
});
