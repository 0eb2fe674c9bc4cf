using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using static WorkingParty.Answers.Tests.TwoWorkingParties;

namespace WorkingParty.Answers.Tests;

/// <summary>A date the reader was unsure of is shown with its sentence and why, never as a bare fact.</summary>
public class DoubtTests
{
    private const string AnnexDeadline = "wpi-2019-09-09/item-2-2019-10-04";

    [Fact]
    public void A_doubtful_next_meeting_is_listed_apart_with_its_sentence()
    {
        var answer = Assert.IsType<NextMeetingsAnswer>(Answerer().Answer("when is the next WPI meeting?", Today));

        Assert.Equal([new DateOnly(2019, 10, 7)], answer.Dates.Select(d => d.Date));
        var doubtful = Assert.Single(answer.Doubtful);
        Assert.Equal(new DateOnly(2019, 10, 21), doubtful.Date);
        Assert.Equal("the text also reads as 12 October", doubtful.Doubt!.Reason);
        Assert.Contains("21 October 2019", doubtful.Doubt.Sentence);
        Assert.All(answer.Dates, d => Assert.Null(d.Doubt));
    }

    [Fact]
    public void A_doubtful_deadline_keeps_its_id_and_is_flagged()
    {
        var answer = Assert.IsType<DeadlinesAnswer>(Answerer().Answer("what deadlines are open?", Today));

        var annex = Assert.Single(answer.Deadlines, d => d.Id == AnnexDeadline);
        Assert.False(annex.IsCertain);
        Assert.Equal("Comments on the annex were requested by 4 October 2019 or 14 October 2019.", annex.Doubt!.Sentence);
        Assert.True(Assert.Single(answer.Deadlines, d => d.Id != AnnexDeadline).IsCertain);
    }

    [Fact]
    public void A_doubtful_deadline_found_by_its_id_is_still_flagged()
    {
        Assert.False(Answerer().FindDeadline(AnnexDeadline, Today)!.IsCertain);
    }

    [Fact]
    public void An_announced_date_settles_the_doubt()
    {
        var provenance = new ChangeProvenance("ann-1", "GSC", DateTimeOffset.UnixEpoch);
        var answerer = Answerer(
            new MeetingMoved(Information, new DateOnly(2019, 10, 21), new DateOnly(2019, 10, 22), provenance),
            new DeadlineMoved(AnnexDeadline, new DateOnly(2019, 10, 14), provenance));

        var next = Assert.IsType<NextMeetingsAnswer>(answerer.Answer("when is the next WPI meeting?", Today));
        Assert.Equal([new DateOnly(2019, 10, 7), new DateOnly(2019, 10, 22)], next.Dates.Select(d => d.Date));
        Assert.Empty(next.Doubtful);
        Assert.True(answerer.FindDeadline(AnnexDeadline, Today)!.IsCertain);
    }

    private static QuestionAnswerer Answerer(params ScheduleChange[] changes) => new(All(), new Changes(changes));

    private sealed class Changes(IReadOnlyList<ScheduleChange> changes) : IScheduleChanges
    {
        public IReadOnlyList<ScheduleChange> Current() => changes;
    }
}
