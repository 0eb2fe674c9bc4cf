using System.Security.Cryptography;
using System.Text;

namespace WorkingParty.Minutes.Corrections;

/// <summary>
/// The identity of the minutes a meeting record was read from, which stays the same however often, and by whichever
/// reader, the file is read again: the file's digest, or for a record without one, its file name. Corrections and
/// withdrawals are kept under it, beside the record, never in it.
/// </summary>
public static class MeetingSource
{
    public static string IdOf(Meeting meeting) =>
        meeting.SourceDigest ?? "file-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(meeting.SourceFile)))[..32];
}
