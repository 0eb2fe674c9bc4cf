namespace WorkingParty.Testing.Corpus;

/// <summary>A generated minutes text and what a reader must find in it.</summary>
public sealed record GeneratedMinutes(string FileName, string Text, ExpectedMeeting Expected);

/// <summary>The facts the generator wrote into a minutes text.</summary>
public sealed record ExpectedMeeting(
    string Body,
    DateOnly Date,
    IReadOnlyList<string> ItemTitles,
    DateOnly NextMeeting,
    DateOnly Workshop,
    IReadOnlyList<ExpectedDeadline> Deadlines);

public sealed record ExpectedDeadline(DateOnly Date, int Item, string Document);
