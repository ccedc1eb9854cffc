// Sends visitors without a staff session on staff pages to the login page
// early. The real checks (role, stadsdeel) happen in every page and action.
import { withAuth } from "next-auth/middleware";

export default withAuth({ pages: { signIn: "/login" } });

export const config = { matcher: ["/medewerker/:path*"] };
