using WorkingParty.Answers.Library;
using WorkingParty.Answers.Model;
using WorkingParty.Answers.Understanding;

namespace WorkingParty.Answers.Composition;

/// <summary>The agenda of the meeting a question names, or of the latest one.</summary>
internal static class Agenda
{
    public static AgendaAnswer? Answer(QuestionReading question, MinutesLibrary library, DateOnly today) =>
        library.Select(question.Meeting, question.Bodies, today) is { } meeting
            ? new AgendaAnswer(meeting.Id, meeting.Body, meeting.Date, meeting.DateInferred,
                meeting.Items.Select(i => new AgendaLine(i.Number, i.Title)).ToList())
            : null;
}
