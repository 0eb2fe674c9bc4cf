using System.Text.RegularExpressions;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Answers.Tests.Evaluation.Blind;

/// <summary>One document-level fact: what the writer says, what the reader read, and whether they agree.</summary>
internal sealed record FieldCheck(string Field, bool Right, string Expected, string Read);

/// <summary>
/// The writer's document-level facts against the reader's <see cref="Meeting"/>: dates exactly, the document number
/// by its core, the body when the read one contains the body (less a leading "Joint meeting of" or a closing "(joint
/// meeting)", "and the" between two bodies read as "and") or a short name, the kind loosely (lowercase, whitespace, dashes and typographic quotes folded, one containing the other) and
/// item titles closely (folded the same way, trailing ellipses, a closing bracket of document references and one of the day an item was taken dropped, one
/// containing the other and at least nine tenths of its length, in order: a title cut at a wrap is not right). A fact the writer left empty is not checked.
/// </summary>
internal static partial class HeaderCheck
{
    public static readonly IReadOnlyList<string> Fields = ["meeting date", "end date", "issue date", "document number", "body", "kind", "item titles"];

    public static IEnumerable<FieldCheck> Check(BlindDocument expected, Meeting meeting)
    {
        yield return Same("meeting date", (DateOnly?)expected.MeetingDate, meeting.Date);
        yield return Same("end date", expected.MeetingEndDate, meeting.EndDate);
        yield return Same("issue date", expected.IssueDate, meeting.Header.IssueDate);
        yield return new FieldCheck("document number", SameNumber(expected.DocumentNumber, meeting.Header.DocumentNumber),
            expected.DocumentNumber ?? "none", meeting.Header.DocumentNumber ?? "none");
        if (expected.Body is { } body)
        {
            var names = (expected.BodyShortNames ?? []).Prepend(JointMeetingOf().Replace(body, "")).Select(BodyFold);
            yield return new FieldCheck("body", names.Any(BodyFold(meeting.Body).Contains), body, meeting.Body);
        }

        if (expected.Kind is { } kind)
            yield return new FieldCheck("kind", meeting.Header.Kind is { } read && Loosely(kind, read), kind, meeting.Header.Kind ?? "none");
        if (expected.ItemTitles is { Count: > 0 } titles)
        {
            var read = meeting.Items.Select(i => i.Title).ToList();
            yield return new FieldCheck("item titles", read.Count == titles.Count && titles.Zip(read).All(p => Closely(p.First, p.Second)),
                string.Join(" | ", titles), string.Join(" | ", read));
        }
    }

    private static FieldCheck Same<T>(string field, T? expected, T? read) where T : struct =>
        new(field, Equals(expected, read), expected?.ToString() ?? "none", read?.ToString() ?? "none");

    private static bool SameNumber(string? expected, string? read) =>
        DocumentNumbers.Of(expected) is { } core ? DocumentNumbers.Of(read) == core : Fold(expected ?? "") == Fold(read ?? "");

    private static bool Loosely(string a, string b)
    {
        var (x, y) = (Fold(a), Fold(b));
        return x.Contains(y, StringComparison.Ordinal) || y.Contains(x, StringComparison.Ordinal);
    }

    private static bool Closely(string a, string b)
    {
        var (x, y) = (Fold(Bare(a)), Fold(Bare(b)));
        var (shorter, longer) = x.Length <= y.Length ? (x, y) : (y, x);
        return longer.Contains(shorter, StringComparison.Ordinal) && shorter.Length * 10 >= longer.Length * 9;
    }

    /// <summary>
    /// The title without a trailing ellipsis or a closing bracket of document references ("(doc. 8120/31 MAR 44)",
    /// "(8120/31 MAR 44)", "[doc. 8120/31 MAR 44]"): writers keep that bracket in most titles and leave it out of others
    /// (the same writer in different documents), so either way is the same title; so are references closing the title in
    /// no bracket ("- doc. 8120/31 MAR 44", or a number with its filing codes, "8120/31 MAR 44 CODEC 91"), and the day of
    /// a meeting of several days the item was taken on ("(18 March 2031)", "(Tuesday 18 March)"), which writers keep in
    /// some titles and leave out of others alike.
    /// </summary>
    private static string Bare(string title) =>
        FiledReferences().Replace(DocumentReferences().Replace(DocumentBracket().Replace(DayBracket().Replace(Ellipsis().Replace(title, ""), ""), ""), ""), "");

    /// <summary>
    /// A body's name folded, and "and the" between two bodies' names as "and": a To: field that lists the bodies of a
    /// joint meeting as "Working Party on A and Working Party on B" names the same meeting as a writer's "Joint meeting of
    /// the Working Party on A and the Working Party on B".
    /// </summary>
    private static string BodyFold(string name) => AndThe().Replace(Fold(name), "and ");

    /// <summary>Lowercase, dashes as "-", typographic quotes as straight ones (as the reader reads them), whitespace as one space.</summary>
    private static string Fold(string text) =>
        Whitespace().Replace(DoubleQuote().Replace(SingleQuote().Replace(Dash().Replace(text.ToLowerInvariant(), "-"), "'"), "\""), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("[\u2010-\u2015\u2212]")]
    private static partial Regex Dash();

    [GeneratedRegex("[\u2018\u2019]")]
    private static partial Regex SingleQuote();

    [GeneratedRegex("[\u201c\u201d]")]
    private static partial Regex DoubleQuote();

    [GeneratedRegex(@"\s*(\.\.\.|\u2026)\s*$")]
    private static partial Regex Ellipsis();

    [GeneratedRegex(@"\s*\((?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?[0-9]{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+[0-9]{4})?\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DayBracket();

    [GeneratedRegex(@"\s*(?:\((?:doc\b|docs\b|document|ST\s|WK\s|CM\s|COM\s*\(|[0-9]{1,5}/[0-9]{2}\b)(?:[^()]|\([^()]*\))*\)|\[(?:doc\b|docs\b|document|ST\s|WK\s|CM\s|COM\s*\(|[0-9]{1,5}/[0-9]{2}\b)[^\[\]]*\])\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DocumentBracket();

    [GeneratedRegex(@"\s+(?:[-\u2013]\s+)?(?i:docs?\.?|documents?)\s+(?:(?:ST|WK|CM|DS)\s+)?[0-9]{3,5}(?:/[0-9]{1,2})?/[0-9]{2,4}\b(?:[^\p{Ll}()]|\((?:[^()]|\([^()]*\))*\)|\b(?:final|and)\b)*$")]
    private static partial Regex DocumentReferences();

    [GeneratedRegex(@"\s+[0-9]{3,5}/[0-9]{2}(?:\s+[A-Z]{2,}(?:/[A-Z]{2,})?\s+[0-9]{1,4})+\s*$")]
    private static partial Regex FiledReferences();

    [GeneratedRegex(@"\band the ")]
    private static partial Regex AndThe();

    [GeneratedRegex(@"^\s*joint meeting of (the )?|\s*\(joint meeting\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex JointMeetingOf();
}
