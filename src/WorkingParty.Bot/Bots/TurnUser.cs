using WorkingParty.Announcements.Roles;
using WorkingParty.Bot.Features.Secretariat;
using WorkingParty.Comments;
using WorkingParty.Comments.Model;

namespace WorkingParty.Bot.Bots;

/// <summary>
/// Who sent the activity of a turn: the one place the bot reads it, for the roles check (<see cref="Of"/>) and for
/// comments (<see cref="AuthorOf"/>), so both know a user by the same id and name.
/// </summary>
public static class TurnUser
{
    /// <summary>The name given to a sender Teams sends without one.</summary>
    public const string Unnamed = "A delegate";

    /// <summary>The sender as the roles check knows users; the principal name is looked up only when asked.</summary>
    public static TeamsUser Of(ITurnContext turnContext)
    {
        var from = turnContext.Activity.From;
        var names = turnContext.TurnState.Get<PrincipalNames>();
        return new TeamsUser(ObjectIdOf(turnContext), UserPrincipalName: null, NameOf(turnContext))
        {
            LookUpPrincipalName = names is null || from?.Id is null ? null : cancellationToken => names.OfSenderAsync(turnContext, cancellationToken),
        };
    }

    /// <summary>The sender as the author of a comment.</summary>
    public static CommentAuthor AuthorOf(ITurnContext turnContext) => new(IdOf(turnContext), NameOf(turnContext) ?? Unnamed);

    /// <summary>The sender's stable id: the Entra object id where Teams gives one, else the channel's user id.</summary>
    public static string IdOf(ITurnContext turnContext) => ObjectIdOf(turnContext) ?? turnContext.Activity.From?.Id ?? "";

    private static string? ObjectIdOf(ITurnContext turnContext) => Blank(turnContext.Activity.From?.AadObjectId);

    private static string? NameOf(ITurnContext turnContext) => Blank(turnContext.Activity.From?.Name);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
