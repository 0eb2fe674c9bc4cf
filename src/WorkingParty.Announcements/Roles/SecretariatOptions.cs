using System.ComponentModel.DataAnnotations;

namespace WorkingParty.Announcements.Roles;

/// <summary>The configuration section <c>Secretariat</c>: who may announce, upload minutes, change dates and export.</summary>
public sealed class SecretariatOptions
{
    public const string Section = "Secretariat";

    /// <summary>
    /// Entra object ids or user principal names, compared case-insensitively. Activities carry no principal name: the host
    /// asks Teams for the sender's (<see cref="TeamsUser.LookUpPrincipalName"/>) when a member is configured by one.
    /// </summary>
    public List<string> Members { get; set; } = [];

    /// <summary>A Teams team whose members also belong to the secretariat; none when empty.</summary>
    public string? TeamId { get; set; }

    /// <summary>How long the team's member list is trusted before it is read again.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan RosterCacheDuration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The working party whose "next meeting" an announcement moves; the body of the latest minutes held by today when empty.</summary>
    public string? Body { get; set; }
}
