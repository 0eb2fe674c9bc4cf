namespace WorkingParty.Answers.Model;

/// <summary>
/// "What the minutes say": when no rule answers the question with certainty, the sentences of the minutes that come
/// closest to it, best first, each with where it stands. Quoted text, not facts the bot asserts.
/// </summary>
public sealed record PassagesAnswer(string Question, IReadOnlyList<QuotedPassage> Passages) : Answer;

/// <summary>
/// Sentences of one agenda item, as the minutes word them. <paramref name="Matched"/> are the words of
/// <paramref name="Text"/> that match the question (as written there: "Belgian" for a question about "BE").
/// </summary>
public sealed record QuotedPassage(string Text, Citation Source, IReadOnlyList<string> Matched);
