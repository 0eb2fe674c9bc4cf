namespace WorkingParty.Cards.Presentation.Announcements;

/// <summary>The announcement as delegates receive it, and the author's preview of it.</summary>
internal static class AnnouncementPresentation
{
    public static Reply Present(AnnouncementView announcement, ReplyRequest request) => new(Card(announcement), Text(announcement, request.Zone));

    public static Reply Present(AnnouncementPreviewView preview, ReplyRequest request) => new(Preview(preview), PreviewText(preview, request.Zone));

    private static AdaptiveCard Card(AnnouncementView announcement)
    {
        var body = Body(announcement).ToList();
        if (announcement.AcknowledgedAt is { } at)
        {
            body.Add(TextBlock.WithLocalTime("Acknowledged on ", at) with { Color = TextColor.Good, Weight = TextWeight.Bolder });
            return CardParts.Card(body, Headline(announcement));
        }
        var acknowledge = new AcknowledgeAnnouncement(announcement.Id);
        return CardParts.Card(body, Headline(announcement), [CardParts.Send("Acknowledge", acknowledge) with { Style = ActionStyle.Positive }]);
    }

    private static string Text(AnnouncementView announcement, TimeZoneInfo zone)
    {
        var byline = $"{BylineStart(announcement)}{Wording.Time(announcement.SentAt, zone)}";
        var text = new PlainText().Title(Headline(announcement), byline).Paragraph(announcement.Text);
        foreach (var change in Changes(announcement)) text.Entry(change);
        text.Paragraph(announcement.AcknowledgedAt is { } at ? $"Acknowledged on {Wording.Time(at, zone)}" : "Reply \u201Cacknowledge\u201D to confirm you have read it.");
        return text.ToString();
    }

    private static AdaptiveCard Preview(AnnouncementPreviewView preview)
    {
        var body = new List<CardElement>
        {
            CardParts.Banner($"Preview: not sent yet. It goes to {Recipients(preview)}.", ContainerStyle.Warning),
        };
        body.AddRange(Body(preview.Announcement));
        var id = preview.Announcement.Id;
        return CardParts.Card(body, $"Preview: {preview.Announcement.Title}", [
            CardParts.Send("Send", new SendAnnouncement(id)) with { Style = ActionStyle.Positive },
            CardParts.Send("Edit", new EditAnnouncement(id)),
        ]);
    }

    private static string PreviewText(AnnouncementPreviewView preview, TimeZoneInfo zone) =>
        $"Preview: not sent yet. It goes to {Recipients(preview)}.\n\n{Text(preview.Announcement with { AcknowledgedAt = null }, zone)}";

    private static string Recipients(AnnouncementPreviewView preview) =>
        $"{AnnounceFormPresentation.Audience(preview.Audience).ToLowerInvariant()}: {preview.Recipients} conversation{(preview.Recipients == 1 ? "" : "s")}";

    private static IEnumerable<CardElement> Body(AnnouncementView announcement)
    {
        yield return new Container([
            TextBlock.Literal(Headline(announcement)) with { Size = TextSize.Large, Weight = TextWeight.Bolder },
            TextBlock.WithLocalTime(BylineStart(announcement), announcement.SentAt) with { IsSubtle = true, Spacing = Spacing.None },
        ]) { Style = announcement.Importance switch
        {
            AnnouncementImportance.Urgent => ContainerStyle.Attention,
            AnnouncementImportance.Important => ContainerStyle.Warning,
            _ => ContainerStyle.Emphasis,
        } };
        yield return TextBlock.Literal(Wording.Shorten(announcement.Text, 6000));
        var changes = Changes(announcement).ToList();
        if (changes.Count > 0)
        {
            yield return CardParts.Strong("Date changes") with { Spacing = Spacing.Medium, Separator = true };
            foreach (var change in changes) yield return CardParts.Bullet(change);
        }
    }

    private static string Headline(AnnouncementView announcement) => announcement.Importance == AnnouncementImportance.Normal
        ? announcement.Title
        : $"{AnnounceFormPresentation.Importance(announcement.Importance)}: {announcement.Title}";

    /// <summary>"From Secretariat (M. Rossi), ": the byline ends with when it was sent.</summary>
    private static string BylineStart(AnnouncementView announcement) => $"From {announcement.Author}, ";

    private static IEnumerable<string> Changes(AnnouncementView announcement)
    {
        if (announcement.NextMeetingMovedTo is { } moved) yield return $"The next meeting is moved to {Wording.DayAndDate(moved)}.";
        if (announcement.DeadlineExtended is { } extension)
        {
            yield return $"The deadline for {extension.Subject} is extended from {Wording.Date(extension.From)} to {Wording.DayAndDate(extension.To)}.";
        }
    }
}
