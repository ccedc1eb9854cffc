// A real SMTP server for the browser tests, in the test runner's process:
// the portal's worker sends to it, and every mail lands as a JSON file in
// the mail directory, where tests read it.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { e2eMailDir, e2eSmtpPort } from "../../playwright.config";

export default async function globalSetup() {
  mkdirSync(e2eMailDir, { recursive: true });
  let n = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then((m) => {
        const to = Array.isArray(m.to) ? m.to.map((t) => t.text).join(", ") : (m.to?.text ?? "");
        const file = path.join(e2eMailDir, `${Date.now()}-${++n}.json`);
        writeFileSync(
          file,
          JSON.stringify({
            to,
            subject: m.subject,
            text: m.text,
            html: m.html,
            attachments: m.attachments.map((a) => ({ filename: a.filename, content: a.content.toString("utf8") })),
            headers: Object.fromEntries(
              m.headerLines.filter((h) => h.key.startsWith("list-")).map((h) => [h.key, h.line.slice(h.line.indexOf(":") + 1).trim()]),
            ),
          }),
        );
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(e2eSmtpPort, "127.0.0.1", resolve));
  return async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
}
