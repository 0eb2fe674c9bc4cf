namespace WorkingParty.Answers.Composition;

/// <summary>
/// "Doc number of the draft regulation amending 3030/93?": the reference the question names is the act amended, not the
/// document asked for. The document is the first other one cited under the newest item or sub-item whose title names
/// that act ("b) Draft Council Regulation amending Regulation (EC) No 3030/93": "The Commission presented the draft (doc.
/// 10140/05)"), never the minutes' own number.
/// </summary>
internal static class AmendingDocuments
{
    /// <summary>How many words before the reference may say that it is amended ("amending Regulation (EC) No").</summary>
    private const int MostWordsBefore = 4;

    private static readonly HashSet<string> AmendingWords = [.. Vocabulary.Default.AmendingWords];

    public static DocumentAnswer? Answer(QuestionReading question, MinutesLibrary library, DateOnly today)
    {
        if (question.Document is not { } amended || !NamesAmended(question.Question, amended)) return null;
        var key = DocumentReference.BaseKey(amended);
        foreach (var meeting in library.NewestFirst(question.Bodies, today))
        {
            foreach (var item in meeting.Items)
            {
                var titled = item.SubItems.Where(s => Cites(s.Title, key)).Select(s => s.Label).Cast<string?>()
                    .Concat(Cites(item.Title, key) ? [null] : []);
                foreach (var subItem in titled)
                {
                    var other = ItemDocuments.Of(item, subItem).Select(d => d.Reference)
                        .FirstOrDefault(r => DocumentReference.BaseKey(r) != key && !Documents.IsOwnNumber(r, meeting));
                    if (other is not null) return Documents.ByReference(other, library, today);
                }
            }
        }
        return null;
    }

    /// <summary>Whether a word just before the reference says the document asked for amends it ("amending", "repealing").</summary>
    private static bool NamesAmended(string question, string amended)
    {
        var key = DocumentReference.BaseKey(amended);
        var match = DocumentReference.FindAll(question).FirstOrDefault(m => DocumentReference.BaseKey(m.Value) == key);
        return match is not null && Words.Split(question[..match.Index]).TakeLast(MostWordsBefore).Any(w => AmendingWords.Contains(w.Lower));
    }

    private static bool Cites(string title, string key) => DocumentReference.FindAll(title).Any(m => DocumentReference.BaseKey(m.Value) == key);
}
