namespace WorkingParty.Answers.Tests.Evaluation;

/// <summary>
/// A question with the answer a delegate should get: its kind and the key facts (dates in order, item, meeting file,
/// actor, document). Facts left out are not checked.
/// </summary>
public sealed record LabelledQuestion(
    string Question,
    DateOnly Today,
    string Kind,
    IReadOnlyList<DateOnly>? Dates = null,
    int? Item = null,
    IReadOnlyList<int>? Items = null,
    string? Meeting = null,
    string? Actor = null,
    string? Document = null,
    int? Count = null);

public sealed record LabelledSet(string DefaultMeeting, IReadOnlyList<LabelledQuestion> Questions);
