namespace WorkingParty.Answers.Library;

internal static class Citations
{
    public static Citation Of(Meeting meeting, AgendaItem item) =>
        new(meeting.Id, meeting.Body, meeting.Date, item.Number, item.Title)
        {
            MeetingEndDate = meeting.EndDate,
            Corrected = new[] { meeting.Corrected, item.Corrected }.OfType<CorrectionMark>().MaxBy(mark => mark.At),
        };

    /// <summary>A passage's item, its title followed by the section it stands under ("Transport — b) Ports").</summary>
    public static Citation Of(Passage passage) => Of(passage.Meeting, passage.Item, passage.Section);

    public static Citation Of(Meeting meeting, AgendaItem item, string? section) =>
        section is null ? Of(meeting, item) : new(meeting.Id, meeting.Body, meeting.Date, item.Number, $"{item.Title} — {section}") { MeetingEndDate = meeting.EndDate };

    public static Citation Of(Meeting meeting, int itemNumber) =>
        meeting.Items.FirstOrDefault(i => i.Number == itemNumber) is { } item
            ? Of(meeting, item)
            : new Citation(meeting.Id, meeting.Body, meeting.Date, itemNumber, "") { MeetingEndDate = meeting.EndDate, Corrected = meeting.Corrected };
}
