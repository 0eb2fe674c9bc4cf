namespace WorkingParty.LoadTest.Comments;

/// <summary>What one comments run sent and what the store holds afterwards.</summary>
public sealed record CommentsRun(int Submissions, int Requests, int Answered, int Failed, IReadOnlyList<string> StoredTexts, TimeSpan Elapsed)
{
    public int Stored => StoredTexts.Distinct(StringComparer.Ordinal).Count();

    public int Lost => Submissions - Stored;

    public int Duplicated => StoredTexts.Count - Stored;

    public double PerSecond => Requests / Elapsed.TotalSeconds;
}
