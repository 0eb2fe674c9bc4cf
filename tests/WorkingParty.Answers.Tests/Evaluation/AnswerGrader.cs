using WorkingParty.Answers.Model;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Answers.Tests.Evaluation;

/// <summary>Right; missed (nothing found, or a right answer lacking a fact, with nothing wrong in it); wrong.</summary>
public enum Grade { Right, Missed, Wrong }

/// <summary>A grade, the rule that gave it (a fixed phrase, for counting without reading the questions), and the particulars.</summary>
public sealed record Verdict(Grade Grade, string Rule, string Why = "")
{
    public static Verdict Right { get; } = new(Grade.Right, "right");
}

/// <summary>
/// Grades an answer against its label, in each form the label carries (the worse grade wins).
/// By kind and structured facts (the labelled set): an answer of the expected kind lacking a key fact is wrong, a
/// not-found is only a miss. By facts (the blind set, tests/blind/FORMAT.md): wrong when it asserts a
/// <c>mustNotContain</c> fact (quoting one is not wrong, nor showing a date labelled in a role other than the answer's:
/// an issue date as the issue date, the meeting an item or a quotation cites), when it answers with dates of its own kind none of which is
/// a <c>mustContain</c> date, or when it asserts a next meeting or deadline the minutes do not give; otherwise right
/// when every <c>mustContain</c> fact is shown, asserted or quoted. A question the minutes cannot answer is rightly
/// answered by not-found, an empty list or quoted passages.
/// </summary>
internal sealed class AnswerGrader(IReadOnlyList<Meeting> meetings, string? defaultMeeting = null)
{
    public Verdict Grade(LabelledQuestion label, Answer answer)
    {
        var shown = ShownFacts.Of(answer);
        var byKind = label.Kind is null ? Verdict.Right : ByKind(label, shown);
        var byFacts = label.HasFacts ? ByFacts(label, shown) : Verdict.Right;
        return byFacts.Grade > byKind.Grade ? byFacts : byKind;
    }

    private Verdict ByKind(LabelledQuestion label, ShownFacts shown)
    {
        if (shown.Kind == label.Kind)
        {
            var missed = Missed(label, shown).ToList();
            if (missed.Count == 0) return Verdict.Right;
            // Quoted passages assert nothing: the wrong ones are a miss, not a confidently wrong answer.
            return shown.Kind == ShownFacts.PassagesKind
                ? new(Evaluation.Grade.Missed, "quotes other passages", string.Join("; ", missed))
                : new(Evaluation.Grade.Wrong, "a key fact differs", string.Join("; ", missed));
        }

        return shown.Stance == Stance.NotFound
            ? new(Evaluation.Grade.Missed, "not found", "not found")
            : shown.Kind == ShownFacts.PassagesKind
                // The closest passages rightly answer a question the minutes do not answer: they claim nothing.
                ? label.Kind == "not-found" ? Verdict.Right : new(Evaluation.Grade.Missed, "quotes passages instead", $"quoted passages, expected {label.Kind}")
                : new(Evaluation.Grade.Wrong, "another kind of answer", $"answered {shown.Kind}, expected {label.Kind}");
    }

    private IEnumerable<string> Missed(LabelledQuestion label, ShownFacts facts)
    {
        if (label.Dates is { } dates && !(label.Kind == "deadlines" || dates.Count == 0 ? facts.Dates.SequenceEqual(dates) : facts.Dates.Take(dates.Count).SequenceEqual(dates)))
            yield return $"dates {string.Join(",", facts.Dates)}";
        if (label.Item is { } item && facts.Source?.Item != item) yield return $"item {facts.Source?.Item}";
        if (label.Items is { } items && !facts.Items.SequenceEqual(items)) yield return $"items {string.Join(",", facts.Items)}";
        var meeting = label.Meeting ?? (label.Item is not null || label.Count is not null ? defaultMeeting : null);
        var cited = meetings.FirstOrDefault(m => m.Id == facts.Source?.MeetingId)?.SourceFile;
        if (meeting is not null && cited != meeting) yield return $"meeting {cited}";
        if (label.Actor is { } actor && facts.Actor?.StartsWith(actor, StringComparison.Ordinal) != true) yield return $"actor {facts.Actor}";
        if (label.Document is { } document && facts.Document != document) yield return $"document {facts.Document}";
        if (label.Count is { } count && facts.Items.Count != count) yield return $"count {facts.Items.Count}";
    }

    private static Verdict ByFacts(LabelledQuestion label, ShownFacts shown)
    {
        var answerable = label.Answerable ?? true;
        var must = label.MustContain ?? [];
        var wrong = Wrong(label, shown, answerable, must).ToList();
        if (wrong.Count > 0)
            return new(Evaluation.Grade.Wrong, wrong[0].Rule, string.Join("; ", wrong.Select(w => w.Why)));
        if (!answerable)
        {
            return shown.Stance is Stance.NotFound or Stance.Empty or Stance.Quotes
                ? Verdict.Right
                : new(Evaluation.Grade.Missed, "answers what the minutes do not say", $"answered {shown.Kind} where the minutes do not say");
        }

        if (shown.Stance == Stance.NotFound)
            return new(Evaluation.Grade.Missed, "not found", "not found");

        var everything = shown.Asserted.Concat(shown.Quoted).ToList();
        var lacking = must.Where(f => !FactMatcher.Holds(f, shown.AssertedDates.Select(d => d.Date), everything, shown.AnswerDates)).ToList();
        return lacking.Count == 0
            ? Verdict.Right
            : new(Evaluation.Grade.Missed, "lacks a must fact", $"{shown.Kind} lacks {string.Join(", ", lacking)}");
    }

    private static IEnumerable<(string Rule, string Why)> Wrong(LabelledQuestion label, ShownFacts shown, bool answerable, IReadOnlyList<string> must)
    {
        // A date is claimed in the role the answer gives: the next meetings of a next-meeting answer, the issue date of
        // "when were the minutes issued?". Dates shown labelled in another role are true of the document: an issue date
        // shown as the issue date, the "met on" date beside it, the date of the meeting a quotation or an item cites.
        // The mistake a must-not date guards against is showing it as the answer.
        var claimed = shown.AssertedDates.Where(d => d.Role == shown.AnswerRole).Select(d => d.Date).ToList();
        foreach (var fact in label.MustNotContain ?? [])
        {
            if (FactMatcher.Holds(fact, claimed, shown.Asserted))
                yield return ("asserts a must-not fact", $"{shown.Kind} asserts {fact}");
        }

        var mustDates = must.Select(FactMatcher.AsDate).OfType<DateOnly>().ToList();
        var answerDates = shown.AnswerDates.Distinct().ToList();
        if (answerable && mustDates.Count > 0 && answerDates.Count > 0 && !answerDates.Intersect(mustDates).Any())
            yield return ("gives other dates", $"{shown.Kind} gives {Days(answerDates)}, not {Days(mustDates)}");
        if (!answerable && shown.AssertedDates.Any(d => d.Role is DateRole.NextMeeting or DateRole.Deadline))
            yield return ("asserts a date the minutes do not give", $"{shown.Kind} asserts a date the minutes do not give");
    }

    private static string Days(IEnumerable<DateOnly> days) =>
        string.Join(", ", days.Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
}
