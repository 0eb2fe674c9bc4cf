using System.Globalization;

namespace WorkingParty.Cards.Presentation.Announcements;

internal static class AnnounceFormPresentation
{
    private const string Title = "New announcement";
    private const string DateChangesId = "dateChanges";

    public static Reply Present(AnnounceFormView form, ReplyRequest _) => new(Card(form), Text());

    private static AdaptiveCard Card(AnnounceFormView form)
    {
        var body = new List<CardElement>(CardParts.Heading(Title, "You will see a preview before anything is sent."));
        if (form.Error is not null) body.Add(CardParts.Notice(form.Error, ContainerStyle.Attention));
        body.Add(new InputText
        {
            Id = CardInputs.Title, Label = "Title", Value = form.Title, MaxLength = form.MaxTitleLength,
            IsRequired = true, ErrorMessage = $"Give a title (at most {form.MaxTitleLength} characters).",
        });
        body.Add(new InputText
        {
            Id = CardInputs.Text, Label = "Text", Value = form.Text, IsMultiline = true, MaxLength = form.MaxTextLength,
            IsRequired = true, ErrorMessage = $"Write the announcement (at most {form.MaxTextLength} characters).",
        });
        body.Add(Choices(CardInputs.Importance, "Importance", form.Importance, Importance));
        body.Add(Choices(CardInputs.Audience, "Audience", form.Audience, Audience));
        body.Add(CardParts.Buttons(new ToggleVisibilityAction("Date changes (optional)", [DateChangesId])));
        body.Add(DateChanges(form));
        var preview = new PreviewAnnouncement(form.Nonce);
        return CardParts.Card(body, Title, [CardParts.Submit("Preview", preview) with { Style = ActionStyle.Positive }]);
    }

    private static string Text() =>
        new PlainText().Title(Title).Paragraph("This chat cannot show the announce form. Open the bot in Teams to announce.").ToString();

    public static string Importance(AnnouncementImportance importance) => importance switch
    {
        AnnouncementImportance.Urgent => "Urgent",
        AnnouncementImportance.Important => "Important",
        _ => "Normal",
    };

    public static string Audience(AnnouncementAudience audience) => audience switch
    {
        AnnouncementAudience.ChannelsOnly => "Team channels only",
        AnnouncementAudience.PersonalChatsOnly => "Personal chats only",
        _ => "Everyone (channels and personal chats)",
    };

    /// <summary>Hidden until asked for, and shown at once when the draft already has a change.</summary>
    private static Container DateChanges(AnnounceFormView form) => new([
        new InputDate { Id = CardInputs.NextMeetingDate, Label = "Next meeting moved to", Value = IsoDate(form.NextMeetingDate) },
        new InputChoiceSet(form.OpenDeadlines.Select(d => new Choice(Wording.Shorten($"{Wording.Date(d.Date)}: {d.Subject}", 80), d.Id)).ToList())
        {
            Id = CardInputs.ExtendedDeadlineId, Label = "Deadline to extend", Placeholder = "None", Value = form.ExtendedDeadlineId,
        },
        new InputDate { Id = CardInputs.ExtendedDeadlineDate, Label = "Extended to", Value = IsoDate(form.ExtendedDeadlineDate) },
    ])
    {
        Id = DateChangesId,
        IsVisible = form.NextMeetingDate is not null || form.ExtendedDeadlineId is not null ? null : false,
    };

    private static InputChoiceSet Choices<T>(string id, string label, T selected, Func<T, string> title) where T : struct, Enum =>
        new(Enum.GetValues<T>().Select(value => new Choice(title(value), value.ToString())).ToList())
        {
            Id = id, Label = label, Value = selected.ToString(), Style = ChoiceInputStyle.Expanded, IsRequired = true,
            ErrorMessage = $"Choose the {label.ToLowerInvariant()}.",
        };

    private static string? IsoDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
