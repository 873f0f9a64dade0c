import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { LoginForm } from "@/components/login-form";

const signIn = jest.fn();
jest.mock("next-auth/react", () => ({ signIn: (...args: unknown[]) => signIn(...args) }));

beforeEach(() => signIn.mockReset());

describe("LoginForm (A1)", () => {
  it("shows an error next to each empty field and does not call the server", async () => {
    render(<LoginForm />);
    await userEvent.click(screen.getByRole("button", { name: "Je me connecte" }));
    expect(await screen.findByText("Saisissez votre e-mail, ID unique ou n° adhérent.")).toBeInTheDocument();
    expect(screen.getByText("Saisissez votre mot de passe.")).toBeInTheDocument();
    expect(screen.getByLabelText(/e-mail, ID unique ou n° adhérent/)).toHaveAttribute("aria-invalid", "true");
    expect(signIn).not.toHaveBeenCalled();
  });

  it("sends the identifier and password, and shows one generic message on failure", async () => {
    signIn.mockResolvedValue({ ok: false, error: "CredentialsSignin" });
    render(<LoginForm />);
    await userEvent.type(screen.getByLabelText(/e-mail, ID unique ou n° adhérent/), "K7M4Q9TX");
    await userEvent.type(screen.getByLabelText(/Mot de passe/), "secret-123");
    await userEvent.click(screen.getByRole("button", { name: "Je me connecte" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Identifiant ou mot de passe incorrect.");
    expect(signIn).toHaveBeenCalledWith("credentials", { identifier: "K7M4Q9TX", password: "secret-123", redirect: false });
  });

  it("tells the user to wait when the login is throttled", async () => {
    signIn.mockResolvedValue({ ok: false, error: "THROTTLED" });
    render(<LoginForm />);
    await userEvent.type(screen.getByLabelText(/e-mail, ID unique ou n° adhérent/), "a@b.fr");
    await userEvent.type(screen.getByLabelText(/Mot de passe/), "x");
    await userEvent.click(screen.getByRole("button", { name: "Je me connecte" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Trop de tentatives");
  });
});
