// The evaluation of one bijeenkomst, through the link in the invitation:
// only after the bijeenkomst, one response per registration.
import type { Metadata } from "next";
import { EvaluationForm } from "@/components/forms/evaluation-form";
import { submitEvaluation } from "@/lib/actions/registration/submit-evaluation";
import { formatDate } from "@/lib/format";
import { getEvaluationRegistration } from "@/lib/data/residents/get-evaluation-registration";

export const metadata: Metadata = { title: "Evaluatie", robots: { index: false } };

export default async function EvaluationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const r = await getEvaluationRegistration(token);
  if (!r) {
    return (
      <div className="max-w-2xl space-y-3">
        <h1 className="text-3xl font-bold">Link verlopen of ongeldig</h1>
        <p>Deze evaluatielink werkt niet (meer).</p>
      </div>
    );
  }
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-3xl font-bold">Hoe was {r.bijeenkomst.title}?</h1>
      <p>{formatDate(r.bijeenkomst.startsAt)}</p>
      {r.evaluation ? (
        <p role="status">U heeft deze evaluatie al ingevuld. Dank u wel!</p>
      ) : r.bijeenkomst.endsAt > new Date() ? (
        <p>De evaluatie kan pas na afloop van de bijeenkomst.</p>
      ) : (
        <EvaluationForm action={submitEvaluation} token={token} />
      )}
    </div>
  );
}
