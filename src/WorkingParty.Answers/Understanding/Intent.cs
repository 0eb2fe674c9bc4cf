namespace WorkingParty.Answers.Understanding;

/// <summary>What a question asks for. The names match the intents in vocabulary.json.</summary>
internal enum Intent
{
    /// <summary>No cue matched: the question is answered from its topic words, if any.</summary>
    Topic,
    CarryOver,
    Deadlines,
    NextMeeting,
    Document,
    Agenda,
    LastMeeting,
    MinutesList,
    Item,
    Actor,

    /// <summary>A particular meeting named by its date ("is the 17 June meeting still on?", "any WP meetings in May?").</summary>
    MeetingOn,

    /// <summary>When the minutes were issued ("when were the minutes of the 3 May meeting circulated?").</summary>
    IssueDate,

    /// <summary>Who spoke on a topic or an item, no actor named as the speaker ("which delegations had concerns on X?").</summary>
    Speakers,
}

internal static class IntentNames
{
    public static Intent Parse(string name) => name switch
    {
        "carry-over" => Intent.CarryOver,
        "deadlines" => Intent.Deadlines,
        "next-meeting" => Intent.NextMeeting,
        "document" => Intent.Document,
        "agenda" => Intent.Agenda,
        "last-meeting" => Intent.LastMeeting,
        "minutes-list" => Intent.MinutesList,
        "issue-date" => Intent.IssueDate,
        "speakers" => Intent.Speakers,
        _ => throw new InvalidOperationException($"vocabulary.json names an unknown intent '{name}'."),
    };
}
