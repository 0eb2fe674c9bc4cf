namespace WorkingParty.Cards.Actions;

/// <summary>
/// The answer to one of Teams' file consent cards, on which the bot offers an export file in a personal chat. These are
/// not Adaptive Card buttons: the bot reads Teams' <c>fileConsent/invoke</c> into them (the card's context names the
/// <see cref="Grant"/>; an accepted offer carries where Teams lets the bot upload the file).
/// </summary>
public sealed record AcceptExportFile(string Grant) : ButtonData
{
    public ExportUpload? Upload { get; init; }
}

/// <summary>The file offered under <see cref="Grant"/> was declined: nothing is uploaded.</summary>
public sealed record DeclineExportFile(string Grant) : ButtonData;

/// <summary>Where Teams lets the bot put an accepted file (the user's OneDrive), and how to show it once there.</summary>
public sealed record ExportUpload(string? Name, string? UploadUrl, string? ContentUrl, string? UniqueId, string? FileType);
