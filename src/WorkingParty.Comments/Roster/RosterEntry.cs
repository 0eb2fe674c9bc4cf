using System.Text.Json.Serialization;

namespace WorkingParty.Comments.Roster;

/// <summary>
/// One user's place in the delegation roster, as stored. <see cref="ConfirmedBy"/> names the secretariat member who
/// assigned or confirmed it; <see cref="Since"/> is when the user first appeared.
/// </summary>
public sealed record RosterEntry(string UserId, string Name, string Delegation, StandingSource Source, DateTimeOffset Since)
{
    public string? ConfirmedBy { get; init; }

    public DateTimeOffset? ConfirmedAt { get; init; }

    [JsonIgnore]
    public DelegateStanding Standing => new(Delegation, Source);
}
