namespace WorkingParty.Answers.Tests.Evaluation.Blind;

/// <summary>One writer's <c>questions.json</c> (tests/blind/FORMAT.md): their documents, and questions asked of all of them together.</summary>
public sealed record BlindWriterSet(string Writer, IReadOnlyList<BlindDocument> Documents, IReadOnlyList<LabelledQuestion>? LibraryQuestions);

/// <summary>A document as its writer describes it, and the questions asked of it alone.</summary>
public sealed record BlindDocument(
    string File,
    string Shape,
    string? Body,
    IReadOnlyList<string>? BodyShortNames,
    DateOnly MeetingDate,
    DateOnly? MeetingEndDate,
    DateOnly? IssueDate,
    string? DocumentNumber,
    string? Kind,
    IReadOnlyList<string>? ItemTitles,
    IReadOnlyList<LabelledQuestion> Questions);
