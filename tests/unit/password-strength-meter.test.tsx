// Item 10 of issue 17: the strength meter next to every new-password field, with the rule
// and, for a weak password, the reason in French.
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { NewPasswordField } from "@/components/new-password-field";

function Form({ voice = "vous", userInputs = [] }: { voice?: "vous" | "tu"; userInputs?: string[] }) {
  const [password, setPassword] = useState("");
  return (
    <NewPasswordField
      id="password"
      label="Nouveau mot de passe"
      password={password}
      userInputs={userInputs}
      voice={voice}
      onChange={(e) => setPassword(e.target.value)}
    />
  );
}

// The meter loads zxcvbn's dictionaries lazily (a large module) at the first keystroke: on a
// CI machine busy with other suites that took over Testing Library's default second. The
// answers are awaited longer; nothing here measures speed.
const LOADED = { timeout: 15_000 };

describe("NewPasswordField", () => {
  it("describes the rule next to the field, and shows no meter before typing", () => {
    render(<Form />);
    const input = screen.getByLabelText("Nouveau mot de passe");
    expect(input).toHaveAccessibleDescription(expect.stringContaining("Au moins 12 caractères"));
    expect(screen.queryByRole("meter")).not.toBeInTheDocument();
  });

  it("says why a password is refused, then accepts a strong one", async () => {
    render(<Form userInputs={["claire.quenehervé@example.fr"]} />);
    const input = screen.getByLabelText("Nouveau mot de passe");
    await userEvent.type(input, "password12");
    expect(await screen.findByText(/il faut au moins 12 caractères \(10 pour l'instant\)/, {}, LOADED)).toBeInTheDocument();
    await userEvent.type(input, "34");
    expect(await screen.findByText(/trop facile à deviner.*il ressemble à un mot de passe courant/, {}, LOADED)).toBeInTheDocument();
    expect(screen.getByRole("meter", { name: "Robustesse de votre mot de passe" })).toHaveAttribute("aria-valuenow", "1");
    await userEvent.clear(input);
    await userEvent.type(input, "Gravier-Rouge-Lundi-26");
    expect(await screen.findByText(/accepté/, {}, LOADED)).toBeInTheDocument();
    expect(screen.getByRole("meter")).toHaveAttribute("aria-valuetext", "excellente");
  });

  it("speaks to learners in their register", async () => {
    render(<Form voice="tu" />);
    expect(screen.getByLabelText("Nouveau mot de passe")).toHaveAccessibleDescription(expect.stringContaining("Évite ton nom"));
    await userEvent.type(screen.getByLabelText("Nouveau mot de passe"), "Soleil");
    expect(await screen.findByRole("meter", { name: "Robustesse de ton mot de passe" }, LOADED)).toBeInTheDocument();
  });
});
