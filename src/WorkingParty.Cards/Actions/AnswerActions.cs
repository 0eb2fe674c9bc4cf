namespace WorkingParty.Cards.Actions;

/// <summary>Open one agenda item of a meeting.</summary>
public sealed record OpenItem(string MeetingId, int Item) : ButtonData
{
    protected override bool IsComplete => base.IsComplete && Item > 0;
}

/// <summary>Ask a question as if typed (help examples, suggestions).</summary>
public sealed record Ask(string Question) : ButtonData;

/// <summary>The next page of a shortened answer: <see cref="Question"/> asked again, from <see cref="Offset"/>.</summary>
public sealed record ShowMore(string Question, int Offset) : ButtonData
{
    protected override bool IsComplete => base.IsComplete && Offset > 0;
}

/// <summary>What the bot can do.</summary>
public sealed record ShowHelp : ButtonData;
