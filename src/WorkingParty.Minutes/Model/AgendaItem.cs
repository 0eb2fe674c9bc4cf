using System.Text.Json.Serialization;

namespace WorkingParty.Minutes.Model;

/// <summary>One numbered point of the agenda and what the minutes record under it.</summary>
public sealed record AgendaItem(
    int Number,
    string Title,
    IReadOnlyList<Paragraph> Paragraphs,
    IReadOnlyList<string> Actors,
    IReadOnlyList<string> Documents,
    IReadOnlyList<string> FollowUps)
{
    /// <summary>The lettered parts of the item ("a) State of play ..."), in order; empty when it has none.</summary>
    public IReadOnlyList<SubItem> SubItems { get; init; } = [];

    /// <summary>The day and session headings the item stands under ("Tuesday 10 June (morning)", "Afternoon session"), in order; empty when the minutes give none.</summary>
    public IReadOnlyList<Session> Sessions { get; init; } = [];

    /// <summary>Set when the secretariat corrected the title; null as read.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CorrectionMark? Corrected { get; init; }
}

/// <summary>A day or session heading and the day it stands for, when the minutes tell.</summary>
public sealed record Session(string Heading, DateOnly? Date);

/// <summary>A lettered part of an agenda item and its own title.</summary>
public sealed record SubItem(string Label, string Title);

/// <summary>An unwrapped paragraph, its sentences, and the actors that are its subjects.</summary>
/// <param name="SubItem">The label of the sub-item the paragraph stands under ("a"), or null.</param>
public sealed record Paragraph(string Text, IReadOnlyList<Statement> Sentences, string? SubItem = null);

/// <summary>One sentence and who is speaking in it (empty when nobody is named).</summary>
public sealed record Statement(string Text, IReadOnlyList<string> Actors);
