namespace WorkingParty.Minutes.Extraction;

/// <summary>
/// A deadline of an item as read, with the sentence it is in, its date as written and whether the sentence tells that
/// date as the one first set ("The Chair had originally wanted answers by 16 March.").
/// </summary>
internal sealed record ReadDeadline(Deadline Deadline, int Sentence, string Written, bool ToldAsFirstSet);

/// <summary>
/// An extension told across sentences: "The Chair had originally wanted answers by 16 March. ... answers are now
/// expected by 23 March.", or "The deadline for answers had been set at 16 March. That deadline has been extended to
/// 23 March." The date first set is no open deadline: the later deadline of the item, in the same sentence or the two
/// after it (the next one for a date told as first set, the one that names only "that deadline" or a pronoun,
/// "extended it to", for the nearest before it), replaces it and keeps it as a note. A date told as first set with no
/// successor stays, in doubt.
/// </summary>
internal static partial class DeadlineSupersession
{
    private const int SentencesAhead = 2;
    private const string NoSuccessor = "told as the date first set, since changed; the minutes give no new date";

    [GeneratedRegex(@"^(?:they|these|those|it|this|them)$", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();

    /// <summary>"that deadline has been extended to": a subject that is only the deadline itself points back to one told before.</summary>
    [GeneratedRegex(@"^(?:deadline|time[\s-]+limit|cut-off(?:\s+date)?|closing\s+date)$", RegexOptions.IgnoreCase)]
    private static partial Regex BareDeadline();

    /// <summary>Words that tell a deadline moved ("extended it to"), not a request about a thing named before ("comment on it by").</summary>
    [GeneratedRegex(@"\b(?:extend(?:ed|s)?|prolong(?:ed|s)?|postpone[ds]?|defer(?:red|s)?|pushed|put\s+back|mov(?:e|ed|es)|shift(?:ed|s)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MoveWords();

    /// <summary>
    /// A subject that is only "that deadline", or a pronoun in a sentence telling a move ("it extended it to"), names the
    /// deadline told before; "comment on it by" names a thing, not a deadline.
    /// </summary>
    private static bool PointsBack(Deadline deadline) =>
        BareDeadline().IsMatch(deadline.Subject) || (Pronoun().IsMatch(deadline.Subject) && MoveWords().IsMatch(deadline.Sentence));

    public static IEnumerable<Deadline> Apply(List<ReadDeadline> read)
    {
        var replacedBy = new Dictionary<int, int>();
        for (var i = 0; i < read.Count; i++)
        {
            if (read[i].ToldAsFirstSet && Successor(read, i, replacedBy) is { } j)
            {
                replacedBy[i] = j;
            }
        }

        for (var j = 0; j < read.Count; j++)
        {
            if (PointsBack(read[j].Deadline) && !replacedBy.ContainsValue(j) && Predecessor(read, j, replacedBy) is { } i)
            {
                replacedBy[i] = j;
            }
        }

        for (var i = 0; i < read.Count; i++)
        {
            var deadline = read[i].Deadline;
            if (replacedBy.ContainsKey(i))
            {
                continue;
            }

            if (read[i].ToldAsFirstSet)
            {
                yield return deadline with { Doubt = deadline.Doubt ?? NoSuccessor };
                continue;
            }

            var replaced = replacedBy.Where(p => p.Value == i).Select(p => read[p.Key]).FirstOrDefault();
            yield return replaced is null ? deadline : deadline with
            {
                FirstSet = deadline.FirstSet ?? replaced.Written,
                FirstSetOn = deadline.FirstSetOn ?? replaced.Deadline.Date,
                Subject = Pronoun().IsMatch(deadline.Subject) || BareDeadline().IsMatch(deadline.Subject) ? replaced.Deadline.Subject : deadline.Subject,
                Documents = deadline.Documents.Count > 0 ? deadline.Documents : replaced.Deadline.Documents,
            };
        }
    }

    /// <summary>The next later deadline, not itself told as first set, in the same sentence or the two after it.</summary>
    private static int? Successor(List<ReadDeadline> read, int i, Dictionary<int, int> replacedBy)
    {
        for (var j = i + 1; j < read.Count && read[j].Sentence <= read[i].Sentence + SentencesAhead; j++)
        {
            if (!read[j].ToldAsFirstSet && read[j].Deadline.Date > read[i].Deadline.Date && !replacedBy.ContainsValue(j))
            {
                return j;
            }
        }

        return null;
    }

    /// <summary>The nearest earlier deadline, not yet replaced, in the same sentence or the two before it.</summary>
    private static int? Predecessor(List<ReadDeadline> read, int j, Dictionary<int, int> replacedBy)
    {
        for (var i = j - 1; i >= 0 && read[i].Sentence >= read[j].Sentence - SentencesAhead; i--)
        {
            if (!replacedBy.ContainsKey(i) && read[i].Deadline.Date < read[j].Deadline.Date)
            {
                return i;
            }
        }

        return null;
    }
}
