import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { LoginForm } from "@/components/login-form";

const signIn = jest.fn();
jest.mock("next-auth/react", () => ({ signIn: (...args: unknown[]) => signIn(...args) }));
const loginChallengeAction = jest.fn();
jest.mock("@/lib/auth/actions", () => ({ loginChallengeAction: (...args: unknown[]) => loginChallengeAction(...args) }));
jest.mock("@/lib/antibot/solve", () => ({ solveProofOfWork: async () => "4242" }));

beforeEach(() => {
  signIn.mockReset();
  loginChallengeAction.mockReset();
});

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

  it("solves the proof of work the server asks for after repeated failures, then sends the login again", async () => {
    signIn.mockResolvedValueOnce({ ok: false, error: "PROOF_REQUIRED" }).mockResolvedValueOnce({ ok: false, error: "CredentialsSignin" });
    loginChallengeAction.mockResolvedValue({ ok: true, data: { challenge: "c.h.allenge", difficulty: 15 } });
    render(<LoginForm />);
    await userEvent.type(screen.getByLabelText(/e-mail, ID unique ou n° adhérent/), "a@b.fr");
    await userEvent.type(screen.getByLabelText(/Mot de passe/), "secret-123");
    await userEvent.click(screen.getByRole("button", { name: "Je me connecte" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Identifiant ou mot de passe incorrect.");
    expect(loginChallengeAction).toHaveBeenCalledWith({ identifier: "a@b.fr" });
    expect(signIn).toHaveBeenLastCalledWith("credentials", {
      identifier: "a@b.fr",
      password: "secret-123",
      challenge: "c.h.allenge",
      nonce: "4242",
      redirect: false,
    });
  });
});
