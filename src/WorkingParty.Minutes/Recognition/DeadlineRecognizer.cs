using System.Globalization;

namespace WorkingParty.Minutes.Recognition;

/// <summary>
/// Reads deadlines out of a sentence whose dates are masked: "invited delegations to send their written comments on X
/// by {DATE}", "set {DATE} as the deadline for written comments on Y", "comments ... no later than {DATE}".
/// </summary>
public sealed partial class DeadlineRecognizer
{
    private readonly IReadOnlyList<Regex> _patterns;
    private readonly IReadOnlyList<Regex> _subjectTrims;
    private readonly IReadOnlyList<Regex> _requestedFrom;
    private readonly string _defaultRequestedFrom;
    private readonly Regex? _coordinated;
    private readonly Regex? _pastHistory;
    private readonly Regex? _firstSetClause;
    private readonly Regex? _firstSetBefore;
    private readonly Regex? _firstSetFrom;

    /// <summary>Whether every pattern needs a masked date, so that a sentence without one has no deadline.</summary>
    private readonly bool _everyPatternNeedsDate;

    public DeadlineRecognizer(MinutesDefinitions definitions, PatternTemplate template)
    {
        var deadlines = definitions.Deadlines;
        _patterns = deadlines.Patterns.Select(p => template.Compile(p)).ToList();
        _subjectTrims = deadlines.SubjectTrims.Select(p => template.Compile(p)).ToList();
        _requestedFrom = deadlines.RequestedFrom.Select(p => template.Compile(p)).ToList();
        _defaultRequestedFrom = deadlines.DefaultRequestedFrom;
        _coordinated = deadlines.Coordinated is { Length: > 0 } coordinated ? template.Compile(coordinated) : null;
        _pastHistory = deadlines.PastHistory is { Length: > 0 } history ? template.Compile(history) : null;
        _firstSetClause = deadlines.FirstSetClause is { Length: > 0 } clause ? template.Compile(clause) : null;
        _firstSetBefore = deadlines.FirstSetBefore is { Length: > 0 } before ? template.Compile(before) : null;
        _firstSetFrom = deadlines.FirstSetFrom is { Length: > 0 } from ? template.Compile(from) : null;
        _everyPatternNeedsDate = deadlines.Patterns.All(p => p.Contains("{DATE}", StringComparison.Ordinal));
    }

    public IReadOnlyList<DeadlineMention> Recognize(string masked)
    {
        var found = new List<DeadlineMention>();
        if (_everyPatternNeedsDate && !masked.Contains(PatternTemplate.DateTokenStart))
        {
            // Most sentences date nothing: the patterns, each scanned from every position, would all fail.
            return found;
        }

        foreach (var pattern in _patterns)
        {
            foreach (Match match in pattern.Matches(masked))
            {
                var dateIndex = int.Parse(match.Groups["date"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
                if (found.All(d => d.DateIndex != dateIndex))
                {
                    var (subject, firstSetIndex) = WithoutFirstSet(match.Groups["subject"].Value);
                    found.Add(new DeadlineMention(dateIndex, Subject(subject), RequestedFrom(masked, dateIndex))
                    {
                        History = IsHistory(masked, dateIndex),
                        FirstSet = IsFirstSet(masked, dateIndex),
                        FirstSetIndex = firstSetIndex ?? MovedFrom(masked, dateIndex),
                    });
                }
            }
        }

        found.RemoveAll(d => ServesAnother(d, found));
        AddCoordinated(masked, found);
        return found;
    }

    /// <summary>
    /// "comments by {DATE}, so that the text could be submitted before {DATE}": a match whose subject holds another
    /// request's due date is what that request serves, not a deadline of its own (two joined requests are the
    /// coordinated pair's, added after).
    /// </summary>
    private static bool ServesAnother(DeadlineMention mention, List<DeadlineMention> found) =>
        found.Any(other => other.DateIndex < mention.DateIndex
            && mention.Subject.Contains(PatternTemplate.DateToken(other.DateIndex), StringComparison.Ordinal));

    /// <summary>"on Part A by {DATE}, and on Part B no later than {DATE}": the second date of the pair is due too.</summary>
    private void AddCoordinated(string masked, List<DeadlineMention> found)
    {
        if (_coordinated is null || found.Count == 0)
        {
            return;
        }

        for (var index = 0; ; index++)
        {
            var token = PatternTemplate.DateToken(index);
            var at = masked.IndexOf(token, StringComparison.Ordinal);
            if (at < 0)
            {
                return;
            }

            var previous = found.FirstOrDefault(d => d.DateIndex == index - 1);
            if (previous is null || found.Any(d => d.DateIndex == index))
            {
                continue;
            }

            var previousToken = PatternTemplate.DateToken(index - 1);
            var from = masked.IndexOf(previousToken, StringComparison.Ordinal) + previousToken.Length;
            if (_coordinated.Match(masked[from..(at + token.Length)]) is { Success: true } pair)
            {
                var subject = pair.Groups["subject"].Success ? Subject(pair.Groups["subject"].Value) : previous.Subject;
                found.Add(previous with { DateIndex = index, Subject = subject.Length > 0 ? subject : previous.Subject });
            }
        }
    }

    private bool IsHistory(string masked, int dateIndex)
    {
        var at = masked.IndexOf(PatternTemplate.DateToken(dateIndex), StringComparison.Ordinal);
        return _pastHistory is not null && at > 0 && _pastHistory.IsMatch(masked[..at]);
    }

    /// <summary>"the deadline for comments, initially set at {DATE}, was extended to": the clause naming the date first set is no part of the subject.</summary>
    private (string Subject, int? FirstSetIndex) WithoutFirstSet(string subject)
    {
        if (_firstSetClause?.Match(subject) is not { Success: true } clause)
        {
            return (subject, null);
        }

        var index = int.Parse(clause.Groups["date"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        return (subject.Remove(clause.Index, clause.Length), index);
    }

    /// <summary>"the deadline had been extended from {DATE} to {DATE}": the date moved from, a note on the deadline.</summary>
    private int? MovedFrom(string masked, int dateIndex)
    {
        var at = masked.IndexOf(PatternTemplate.DateToken(dateIndex), StringComparison.Ordinal);
        return _firstSetFrom is not null && at > 0 && _firstSetFrom.Match(masked[..at]) is { Success: true } from
            ? int.Parse(from.Groups["date"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>"The Chair had originally wanted answers by {DATE}": a date told as the one first set, since replaced.</summary>
    private bool IsFirstSet(string masked, int dateIndex)
    {
        var at = masked.IndexOf(PatternTemplate.DateToken(dateIndex), StringComparison.Ordinal);
        return _firstSetBefore is not null && at > 0 && _firstSetBefore.IsMatch(masked[..at]);
    }

    private string Subject(string subject)
    {
        var trimmed = subject.Trim();
        foreach (var trim in _subjectTrims)
        {
            trimmed = trim.Replace(trimmed, "");
        }

        return trimmed.Trim();
    }

    /// <summary>
    /// Who owes the deadline: told in the clause of its date ("Cion will circulate X by {DATE}; MS were invited to
    /// comment on it by {DATE}" owes the first to Cion, the second to MS), else anywhere in the sentence.
    /// </summary>
    private string RequestedFrom(string masked, int dateIndex)
    {
        var token = PatternTemplate.DateToken(dateIndex);
        var at = masked.IndexOf(token, StringComparison.Ordinal);
        var start = at < 0 ? 0 : masked.LastIndexOf(';', at) + 1;
        var end = at < 0 ? -1 : masked.IndexOf(';', at);
        var clause = masked[start..(end < 0 ? masked.Length : end)];
        return (clause.Length < masked.Length ? RequestedFromIn(clause) : null) ?? RequestedFromIn(masked) ?? _defaultRequestedFrom;
    }

    private string? RequestedFromIn(string text)
    {
        foreach (var pattern in _requestedFrom)
        {
            var match = Named(pattern, pattern.Match(text), text);
            if (match.Success)
            {
                var from = Regex.Replace(match.Groups["from"].Value, @"\s+", " ");
                return from.StartsWith("Delegations", StringComparison.Ordinal) ? "delegations" : from;
            }
        }

        return null;
    }

    /// <summary>
    /// Of the actors a pattern finds before the verb, the institution nearest it ("CZ and the Hungarian delegation asked
    /// for a cost estimate, which the Cion undertook to provide by"; "the EEAS presented the CT initiative and announced
    /// that the Commission would present"), else the first actor named by name, capitals the clause only mentions ("CT",
    /// "WK") giving way; else the first found ("FR would present").
    /// </summary>
    private static Match Named(Regex pattern, Match first, string text)
    {
        Match? institution = null, named = null;
        for (var match = first; match.Success; match = pattern.Match(text, match.Groups["from"].Index + match.Groups["from"].Length))
        {
            var from = match.Groups["from"].Value;
            if (Institution().IsMatch(from)) institution = match;
            else if (!BareCapitals().IsMatch(from)) named ??= match;
        }
        return institution ?? named ?? first;
    }

    [GeneratedRegex(@"\b(?:Commission|Cion|Presidency|Secretariat|Chair)$")]
    private static partial Regex Institution();

    [GeneratedRegex(@"^\p{Lu}{2,4}$")]
    private static partial Regex BareCapitals();
}
