using WorkingParty.Minutes.Reading;

namespace WorkingParty.Minutes.Extraction;

/// <summary>Either the meeting read from the text or why the text was not taken as minutes.</summary>
public sealed record MinutesParseResult(Meeting? Meeting, MinutesRejection? Rejection)
{
    public static MinutesParseResult Read(Meeting meeting) => new(meeting, null);

    public static MinutesParseResult Rejected(MinutesRejection rejection) => new(null, rejection);
}
