namespace WorkingParty.Answers.Composition;

/// <summary>
/// "Where will the January meeting be held?" asks for a place, which no date answers: where the answer would give the
/// coming meetings' dates, the sentences telling those meetings are quoted instead (a place the minutes give is in
/// them; that they give none shows), never their dates as the answer.
/// </summary>
internal static class MeetingPlaces
{
    public static Answer InsteadOfDates(QuestionReading question, Answer answer)
    {
        if (!question.AsksPlace || answer is not NextMeetingsAnswer { Dates.Count: > 0 } meetings) return answer;
        var quoted = meetings.Dates.Concat(meetings.Doubtful)
            .Select(d => new QuotedPassage(d.Doubt?.Sentence ?? d.Sentence ?? d.Description, d.Source, []))
            .DistinctBy(p => (p.Text, p.Source.MeetingId, p.Source.Item))
            .ToList();
        return new PassagesAnswer(question.Question, quoted);
    }
}
