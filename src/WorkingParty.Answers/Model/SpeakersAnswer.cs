namespace WorkingParty.Answers.Model;

/// <summary>
/// "Which delegations spoke on X?": the actors of the sentences of the minutes on the topic (or the item) asked about, in
/// the order they first speak, and those sentences, best first. Read from quoted sentences, which the delegate can check.
/// </summary>
public sealed record SpeakersAnswer(string Question, IReadOnlyList<string> Actors, IReadOnlyList<QuotedPassage> Passages) : Answer;
