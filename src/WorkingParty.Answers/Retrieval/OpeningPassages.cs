namespace WorkingParty.Answers.Retrieval;

/// <summary>
/// The sentences written before item 1 ("SK and SI followed the meeting from their capitals.") as
/// passages: searched and quoted under the first item, cited as the opening of the minutes.
/// </summary>
internal static class OpeningPassages
{
    private const string Section = "before item 1";

    public static IEnumerable<(AgendaItem Item, Statement Sentence, string Section)> Of(Meeting meeting) =>
        meeting.Items.Count == 0 ? [] : meeting.Opening.SelectMany(p => p.Sentences).Select(s => (meeting.Items[0], s, Section));
}
