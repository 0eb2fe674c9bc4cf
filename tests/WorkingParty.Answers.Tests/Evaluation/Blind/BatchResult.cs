namespace WorkingParty.Answers.Tests.Evaluation.Blind;

/// <summary>What became of one document: read or refused (and why), and its document-level facts.</summary>
internal sealed record DocumentOutcome(string Writer, string File, string? Rejection, IReadOnlyList<FieldCheck> Fields)
{
    public bool Accepted => Rejection is null;
}

/// <summary>One graded question; <paramref name="Document"/> is the file asked about, or "library".</summary>
internal sealed record QuestionOutcome(string Writer, string Document, LabelledQuestion Question, Verdict Verdict)
{
    public Grade Grade => Verdict.Grade;
}

/// <summary>A batch run through the reader and the answerer; <paramref name="Problems"/> are files that could not be used at all.</summary>
internal sealed record BatchResult(
    string Name,
    string? NotBlind,
    IReadOnlyList<DocumentOutcome> Documents,
    IReadOnlyList<QuestionOutcome> Questions,
    IReadOnlyList<string> Problems)
{
    public int Accepted => Documents.Count(d => d.Accepted);

    public double AcceptedShare => Documents.Count == 0 ? 0 : Accepted / (double)Documents.Count;

    public int Count(Grade grade) => Questions.Count(q => q.Grade == grade);
}
