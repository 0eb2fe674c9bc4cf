namespace WorkingParty.Answers.Understanding;

/// <summary>What a question was read to ask, with the details the answer needs.</summary>
/// <param name="TopicWords">What the question is about, once the words that only say what kind of answer is wanted are gone.</param>
/// <param name="SearchWords">Every meaningful word, for full-text search (keeps actor, body and date words).</param>
internal sealed record QuestionReading(
    string Question,
    Intent Intent,
    IReadOnlyList<string> TopicWords,
    IReadOnlyList<string> SearchWords,
    int? ItemNumber = null,
    MeetingFilter? Meeting = null,
    string? Actor = null,
    string? Document = null,
    IReadOnlySet<string>? Bodies = null,
    bool Past = false,
    bool WorkshopsOnly = false);

/// <summary>Which meeting a question names ("the March 2017 meeting", "the meeting of 22 March").</summary>
internal sealed record MeetingFilter(int? Year, int? Month, int? Day)
{
    public bool Accepts(DateOnly date) =>
        (Year is null || date.Year == Year) && (Month is null || date.Month == Month) && (Day is null || date.Day == Day);
}
