namespace WorkingParty.Minutes.Extraction;

/// <summary>
/// A deadline of an item as read, with the sentence it is in and, when the sentence tells its date as the one first
/// set ("The Chair had originally wanted answers by 16 March."), that date as written.
/// </summary>
internal sealed record ReadDeadline(Deadline Deadline, int Sentence, string? FirstSet);

/// <summary>
/// An extension told across sentences: "The Chair had originally wanted answers by 16 March. ... answers are now
/// expected by 23 March." The date first set is no open deadline: the next later deadline of the item, in the same
/// sentence or the two after it, replaces it and keeps it as a note. With none, the first date stays, in doubt.
/// </summary>
internal static partial class DeadlineSupersession
{
    private const int SentencesAhead = 2;
    private const string NoSuccessor = "told as the date first set, since changed; the minutes give no new date";

    [GeneratedRegex(@"^(?:they|these|those|it|this|them)$", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();

    public static IEnumerable<Deadline> Apply(List<ReadDeadline> read)
    {
        var replacedBy = new Dictionary<int, int>();
        for (var i = 0; i < read.Count; i++)
        {
            if (read[i].FirstSet is null)
            {
                continue;
            }

            for (var j = i + 1; j < read.Count && read[j].Sentence <= read[i].Sentence + SentencesAhead; j++)
            {
                if (read[j].FirstSet is null && read[j].Deadline.Date > read[i].Deadline.Date && !replacedBy.ContainsValue(j))
                {
                    replacedBy[i] = j;
                    break;
                }
            }
        }

        for (var i = 0; i < read.Count; i++)
        {
            var deadline = read[i].Deadline;
            if (replacedBy.ContainsKey(i))
            {
                continue;
            }

            if (read[i].FirstSet is not null)
            {
                yield return deadline with { Doubt = deadline.Doubt ?? NoSuccessor };
                continue;
            }

            var replaced = replacedBy.Where(p => p.Value == i).Select(p => read[p.Key]).FirstOrDefault();
            yield return replaced is null ? deadline : deadline with
            {
                FirstSet = deadline.FirstSet ?? replaced.FirstSet,
                Subject = Pronoun().IsMatch(deadline.Subject) ? replaced.Deadline.Subject : deadline.Subject,
                Documents = deadline.Documents.Count > 0 ? deadline.Documents : replaced.Deadline.Documents,
            };
        }
    }
}
