namespace WorkingParty.Cards.Presentation.Answers;

/// <summary>
/// What the minutes say of a coming date, for its line in a reply. The description is the words before the date
/// ("The next joint meeting was tentatively"), a phrase cut off: the sentence it came from is shown whole when it is
/// short enough to read at a glance, so its status ("tentatively", "to be confirmed") stays; a longer one is cut at the
/// description with an ellipsis. A description the secretariat corrected, or that carries the meeting's hours, is its own.
/// </summary>
internal static class UpcomingDateWording
{
    private const int WholeSentenceChars = 240;

    public static string Said(UpcomingDate date)
    {
        if (date is not { Sentence: { } sentence, Corrected: null } || date.Description.Length == 0
            || !sentence.Contains(date.Description, StringComparison.Ordinal) || sentence.Trim() == date.Description.Trim())
        {
            return date.Description;
        }

        return sentence.Length <= WholeSentenceChars ? sentence : $"{date.Description.TrimEnd(' ', ',', ';', ':')} …";
    }
}
