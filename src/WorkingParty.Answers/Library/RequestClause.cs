namespace WorkingParty.Answers.Library;

/// <summary>
/// The part of a deadline's sentence that is its own request: "Delegations may comment on the paper until A; replies
/// to the questionnaire are expected by B" holds two requests, each in its clause between semicolons. The clause that
/// holds the deadline's subject when another deadline shares the sentence and only one clause holds it; else the sentence.
/// </summary>
internal static class RequestClause
{
    public static string Of(Meeting meeting, Deadline deadline)
    {
        var sentence = deadline.Sentence;
        if (!sentence.Contains(';', StringComparison.Ordinal) || deadline.Subject.Length == 0
            || !meeting.Deadlines.Any(d => d.LocalId != deadline.LocalId && d.Sentence == sentence))
        {
            return sentence;
        }

        var holding = sentence.Split(';').Where(c => c.Contains(deadline.Subject, StringComparison.Ordinal)).ToList();
        return holding.Count == 1 ? holding[0] : sentence;
    }
}
