namespace WorkingParty.Minutes.Model;

/// <summary>One numbered point of the agenda and what the minutes record under it.</summary>
public sealed record AgendaItem(
    int Number,
    string Title,
    IReadOnlyList<Paragraph> Paragraphs,
    IReadOnlyList<string> Actors,
    IReadOnlyList<string> Documents,
    IReadOnlyList<string> FollowUps);

/// <summary>An unwrapped paragraph, its sentences, and the actors that are its subjects.</summary>
public sealed record Paragraph(string Text, IReadOnlyList<Statement> Sentences);

/// <summary>One sentence and who is speaking in it (empty when nobody is named).</summary>
public sealed record Statement(string Text, IReadOnlyList<string> Actors);
