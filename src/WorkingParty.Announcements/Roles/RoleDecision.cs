namespace WorkingParty.Announcements.Roles;

/// <summary>Whether a user may do something; when not, a polite sentence to show them.</summary>
public sealed record RoleDecision(bool Allowed, string? Refusal)
{
    public static RoleDecision Allow { get; } = new(true, null);

    public static RoleDecision Refuse(SecretariatAction action) => new(false,
        $"Sorry, only the working party's secretariat can {Describe(action)}. " +
        "If you think you should be able to, please contact the secretariat.");

    /// <summary>Teams could not be asked who the user is or who is in the secretariat's team, so membership is unknown: refused, for now.</summary>
    public static RoleDecision Unverified(SecretariatAction action) => new(false,
        $"Sorry, I could not check the secretariat's members just now, so I cannot let you {Describe(action)} yet. " +
        "Please try again in a few minutes.");

    private static string Describe(SecretariatAction action) => action switch
    {
        SecretariatAction.Announce => "send announcements",
        SecretariatAction.UploadMinutes => "upload minutes",
        SecretariatAction.ChangeDates => "change meeting dates and deadlines",
        SecretariatAction.Export => "export lists",
        SecretariatAction.AcceptLateComments => "see and accept late comments",
        SecretariatAction.ManageMinutes => "list, review, withdraw and restore minutes",
        SecretariatAction.ManageDelegations => "confirm or change who writes for which delegation",
        _ => "do that",
    };
}
