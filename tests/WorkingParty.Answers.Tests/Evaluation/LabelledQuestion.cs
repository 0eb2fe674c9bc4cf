namespace WorkingParty.Answers.Tests.Evaluation;

/// <summary>
/// A question with the answer a delegate should get, in either or both of two forms. The labelled set gives its kind
/// and key facts (dates in order, item, meeting file, actor, document); the blind set (tests/blind/FORMAT.md) says
/// whether the minutes answer it and which facts a right answer shows (<paramref name="MustContain"/>) and a wrong one
/// would (<paramref name="MustNotContain"/>). Facts left out are not checked.
/// </summary>
public sealed record LabelledQuestion(
    string Question,
    DateOnly Today,
    string? Kind = null,
    IReadOnlyList<DateOnly>? Dates = null,
    int? Item = null,
    IReadOnlyList<int>? Items = null,
    string? Meeting = null,
    string? Actor = null,
    string? Document = null,
    int? Count = null,
    bool? Answerable = null,
    IReadOnlyList<string>? MustContain = null,
    IReadOnlyList<string>? MustNotContain = null)
{
    /// <summary>Whether the label carries the blind set's form.</summary>
    public bool HasFacts => Answerable is not null || MustContain is not null || MustNotContain is not null;
}

public sealed record LabelledSet(string DefaultMeeting, IReadOnlyList<LabelledQuestion> Questions);
