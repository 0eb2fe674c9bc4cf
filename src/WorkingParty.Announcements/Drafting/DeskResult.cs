namespace WorkingParty.Announcements.Drafting;

/// <summary>The announcement as it now stands, or the sentences telling the user why nothing happened.</summary>
public sealed record DeskResult(Announcement? Announcement, IReadOnlyList<string> Problems)
{
    public bool Succeeded => Problems.Count == 0;

    public static DeskResult Done(Announcement announcement) => new(announcement, []);

    public static DeskResult Refused(params string[] problems) => new(null, problems);
}
