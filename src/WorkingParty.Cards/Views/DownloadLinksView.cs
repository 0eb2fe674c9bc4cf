namespace WorkingParty.Cards.Views;

/// <summary>
/// Download links where a chat cannot take files (a channel other than Teams): each works once, until
/// <see cref="ExpiresAt"/>, for the secretariat member they were sent to.
/// </summary>
public sealed record DownloadLinksView(string Title, IReadOnlyList<DownloadLink> Links, DateTimeOffset ExpiresAt);

/// <summary>One file to download: what it is ("Word (.docx)") and its link.</summary>
public sealed record DownloadLink(string Label, Uri Url);
