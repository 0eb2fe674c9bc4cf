namespace WorkingParty.Bot.Features.Exports;

/// <summary>How a grant is handed over: Teams' file consent card in a personal chat, or a download link where there is none.</summary>
public enum ExportVia
{
    FileConsent,
    Link,
}

/// <summary>One export file granted to one secretariat member (Entra object id), to be handed over once, one way, until it expires.</summary>
public sealed record ExportGrant(string Kind, string Subject, string Format, string IssuedTo, ExportVia Via, DateTimeOffset ExpiresAt);

/// <summary>What presenting a grant's token gave: the grant (now spent), or nothing, saying whether it had expired.</summary>
public sealed record ExportRedemption(ExportGrant? Grant, bool Expired)
{
    public static ExportRedemption None { get; } = new(null, false);
}
