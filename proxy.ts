// Early redirect of anonymous visitors away from the role spaces. Only a convenience:
// every page, data-access function and action checks the viewer itself.
import { withAuth } from "next-auth/middleware";

export default withAuth({ pages: { signIn: "/" } });

export const config = {
  matcher: ["/entreprise/:path*", "/adherent/:path*", "/espace/:path*", "/formateur/:path*", "/admin/:path*"],
};
