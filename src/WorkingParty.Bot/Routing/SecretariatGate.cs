using WorkingParty.Announcements.Roles;

namespace WorkingParty.Bot.Routing;

/// <summary>
/// The one place that keeps the secretariat's routes to the secretariat: anyone else gets the polite refusal, which names
/// the task, and nothing is done (the roles check logs the attempt).
/// </summary>
public sealed class SecretariatGate(SecretariatRoles roles, ReplyBuilder replies)
{
    public const string RefusedTitle = "Only the secretariat can do that";

    /// <summary>Null for the secretariat; for anyone else, the refusal to answer with.</summary>
    public async Task<Reply?> RefusalAsync(ITurnContext turnContext, SecretariatAction task, CancellationToken cancellationToken)
    {
        var decision = await roles.AuthorizeAsync(TurnUser.Of(turnContext), task, cancellationToken);
        return decision.Allowed ? null : replies.Build(new NoticeView(RefusedTitle, decision.Refusal!));
    }
}
