namespace WorkingParty.Minutes.Reading;

public enum RejectionReason { Empty, Unreadable, NotMinutes, UnsupportedType }

/// <summary>Why a file was not taken as minutes, in words a secretariat member can act on.</summary>
public sealed record MinutesRejection(string File, RejectionReason Reason, string Message)
{
    public override string ToString() => $"{Path.GetFileName(File)}: {Message}";

    public static MinutesRejection Empty(string file) => new(file, RejectionReason.Empty, "the file is empty");

    public static MinutesRejection Unreadable(string file, string why) =>
        new(file, RejectionReason.Unreadable, $"the file could not be read ({why})");

    public static MinutesRejection NotMinutes(string file) =>
        new(file, RejectionReason.NotMinutes, "no numbered agenda items were found, so this does not look like minutes");

    public static MinutesRejection NoMeetingRecord(string file) =>
        new(file, RejectionReason.NotMinutes,
            "it has numbered points but reads like no meeting's record (no delegations, Presidency, agenda or meeting), so this does not look like minutes");

    public static MinutesRejection UnsupportedType(string file, IEnumerable<string> supported) =>
        new(file, RejectionReason.UnsupportedType,
            $"files of type '{Path.GetExtension(file)}' are not read; use {string.Join(", ", supported)}");
}
