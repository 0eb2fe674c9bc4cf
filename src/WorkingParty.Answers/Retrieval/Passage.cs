namespace WorkingParty.Answers.Retrieval;

/// <summary>
/// A sentence of the minutes, the unit that full-text search finds and cites; its id is its place in the index.
/// <paramref name="Section"/> is the heading it stands under inside its item ("b) Informal ministers' meeting", a dash
/// heading "Port levy"), or null; <paramref name="Paragraph"/> its paragraph's place in the item (-1 for a footnote or
/// a sentence written before item 1).
/// </summary>
internal sealed record Passage(int Id, Meeting Meeting, AgendaItem Item, Statement Sentence, string? Section = null, int Paragraph = 0)
{
    /// <summary>
    /// Passages are told apart by their place in their index, which holds one passage per place: the same passage as
    /// comparing every field (its meeting, item and sentence records) says, without hashing a meeting's record each
    /// time a rule sets passages apart (<c>Distinct</c>, sets).
    /// </summary>
    public bool Equals(Passage? other) =>
        ReferenceEquals(this, other) || (other is not null && Id == other.Id && ReferenceEquals(Meeting, other.Meeting) && ReferenceEquals(Sentence, other.Sentence));

    public override int GetHashCode() => Id;
}

/// <summary>
/// A passage found for a question: its BM25 score and its closeness, the share of the question's meaning it holds
/// (each concept weighted by how rare it is in the minutes, see <see cref="PassageIndex.Closeness"/>).
/// </summary>
internal sealed record PassageMatch(Passage Passage, double Score, double Closeness);
