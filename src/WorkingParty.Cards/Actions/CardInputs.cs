namespace WorkingParty.Cards.Actions;

/// <summary>
/// Ids of the card inputs. The client merges each input's value into the action data under its id, so every id
/// here is also the JSON name of a property of the form's <see cref="ButtonData"/> (<see cref="SubmitComment"/>, <see cref="PreviewAnnouncement"/>).
/// </summary>
public static class CardInputs
{
    public const string Delegation = "delegation";
    public const string Comment = "comment";
    public const string Document = "document";
    public const string Title = "title";
    public const string Text = "text";
    public const string Importance = "importance";
    public const string Audience = "audience";
    public const string NextMeetingDate = "nextMeetingDate";
    public const string ExtendedDeadlineId = "extendedDeadlineId";
    public const string ExtendedDeadlineDate = "extendedDeadlineDate";
}
