namespace WorkingParty.Answers.Retrieval;

/// <summary>
/// A sentence of the minutes, the unit that full-text search finds and cites; its id is its place in the index.
/// <paramref name="Section"/> is the heading it stands under inside its item ("b) Informal ministers' meeting", a dash
/// heading "Port levy"), or null; <paramref name="Paragraph"/> its paragraph's place in the item (-1 for a footnote or
/// a sentence written before item 1).
/// </summary>
internal sealed record Passage(int Id, Meeting Meeting, AgendaItem Item, Statement Sentence, string? Section = null, int Paragraph = 0);

/// <summary>
/// A passage found for a question: its BM25 score and its closeness, the share of the question's meaning it holds
/// (each concept weighted by how rare it is in the minutes, see <see cref="PassageIndex.Closeness"/>).
/// </summary>
internal sealed record PassageMatch(Passage Passage, double Score, double Closeness);
