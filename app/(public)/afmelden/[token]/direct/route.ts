// RFC 8058 one-click unsubscribe: mail programs POST here
// ("List-Unsubscribe=One-Click") from the List-Unsubscribe header every mail
// carries. Only POST: a GET (a scanner following a link) is not allowed.
import { unsubscribeByToken } from "@/lib/actions/registration/unsubscribe";
import { runPublicChange } from "@/lib/data/residents/run-public-change";

export async function POST(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const done = await runPublicChange((tx) => unsubscribeByToken(tx, token));
  return new Response(done ? "U bent afgemeld." : "Deze link is verlopen of ongeldig.", {
    status: done ? 200 : 404,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}
