using WorkingParty.Minutes.Model;

namespace WorkingParty.Answers.Retrieval;

/// <summary>A sentence of the minutes, the unit that full-text search finds and cites.</summary>
internal sealed record Passage(Meeting Meeting, AgendaItem Item, Statement Sentence);

/// <summary>A passage found for a question, its snippet with matches in ** **, and its BM25 score.</summary>
internal sealed record PassageHit(Passage Passage, string Snippet, double Score);
