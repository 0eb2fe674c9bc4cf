using System.Globalization;

namespace WorkingParty.Answers.Tests.Evaluation.Blind;

/// <summary>
/// A batch's figures on one line (documents accepted, header fields right per field, questions right / missed /
/// wrong), then one line per refused document, per wrong header field, per question not answered right.
/// </summary>
internal static class BlindReport
{
    public static IEnumerable<string> Lines(BatchResult batch)
    {
        yield return Summary(batch);
        foreach (var problem in batch.Problems)
            yield return $"  problem: {problem}";
        foreach (var document in batch.Documents.Where(d => !d.Accepted))
            yield return $"  not accepted: {document.Writer} {document.File}: {document.Rejection}";
        foreach (var document in batch.Documents)
        {
            foreach (var field in document.Fields.Where(f => !f.Right))
                yield return $"  header: {document.Writer} {document.File}: {field.Field} read \"{field.Read}\", expected \"{field.Expected}\"";
        }

        foreach (var q in batch.Questions.Where(q => q.Grade != Grade.Right))
            yield return $"  {q.Grade}: {q.Writer} {q.Document} \"{q.Question.Question}\" (today {Day(q.Question.Today)}): {q.Verdict.Why}";
    }

    public static string Summary(BatchResult batch)
    {
        var accepted = batch.Documents.Where(d => d.Accepted).ToList();
        var fields = HeaderCheck.Fields.Select(field =>
        {
            var checks = accepted.SelectMany(d => d.Fields).Where(f => f.Field == field).ToList();
            return $"{field} {checks.Count(c => c.Right)}/{checks.Count}";
        });
        return $"{batch.Name}{(batch.NotBlind is { } why ? $" ({why})" : "")}: " +
            $"documents accepted {batch.Accepted}/{batch.Documents.Count} ({Percent(batch.AcceptedShare)}); " +
            $"header fields right: {string.Join(", ", fields)}; " +
            Questions(batch.Questions);
    }

    /// <summary>The grades, and how many of the misses and wrongs each rule gave.</summary>
    public static string Questions(IReadOnlyCollection<QuestionOutcome> questions)
    {
        var right = questions.Count(q => q.Grade == Grade.Right);
        return $"questions {questions.Count}: right {right} ({Percent(Accuracy(questions))}), " +
            $"{Rules(questions, Grade.Missed, "missed")}, {Rules(questions, Grade.Wrong, "wrong")}";
    }

    public static double Accuracy(IReadOnlyCollection<QuestionOutcome> questions) =>
        questions.Count == 0 ? 0 : questions.Count(q => q.Grade == Grade.Right) / (double)questions.Count;

    private static string Percent(double share) => share.ToString("P1", CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Rules(IEnumerable<QuestionOutcome> questions, Grade grade, string name)
    {
        var graded = questions.Where(q => q.Grade == grade).ToList();
        var rules = graded.GroupBy(q => q.Verdict.Rule).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} {g.Count()}");
        return graded.Count == 0 ? $"{name} 0" : $"{name} {graded.Count} ({string.Join(", ", rules)})";
    }
}
