namespace WorkingParty.Comments.Roster;

/// <summary>
/// The answer to a user filing under a delegation: allowed when it is theirs (or they had none, and have now declared
/// it), refused otherwise, with the sentence to show them.
/// </summary>
public sealed record DelegationClaim(DelegateStanding Standing, bool Allowed)
{
    public string? Refusal => Allowed ? null : Standing.Confirmed
        ? $"You write for the {Standing.Delegation} delegation, as the secretariat's roster says, so your comments are filed under {Standing.Delegation}. " +
          "This comment was not sent; your text is kept below. If you now write for another delegation, please ask the secretariat to change the roster."
        : $"You declared with your first comment that you write for the {Standing.Delegation} delegation, so your comments are filed under {Standing.Delegation}. " +
          "This comment was not sent; your text is kept below. If that was a mistake, please ask the secretariat to correct it.";
}
