namespace WorkingParty.Bot.Hosting;

/// <summary>
/// What an activity must carry before a turn may run on it: where to reply (<c>serviceUrl</c>) and who it was sent to
/// (<c>recipient</c>). Without them the SDK fails inside the turn (a 500, or an apology it cannot even deliver).
/// </summary>
public static class ActivityRequirements
{
    /// <summary>Null when the activity has what a turn needs; otherwise the reason, for a 400 problem.</summary>
    public static string? ProblemWith(Activity activity)
    {
        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) || serviceUrl.Scheme is not ("https" or "http"))
        {
            return "The activity has no valid serviceUrl (the absolute http or https address of the channel to reply to).";
        }

        return string.IsNullOrWhiteSpace(activity.Recipient?.Id) ? "The activity has no recipient." : null;
    }
}
