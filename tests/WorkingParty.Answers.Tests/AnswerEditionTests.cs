using WorkingParty.Answers.Schedule;

namespace WorkingParty.Answers.Tests;

public class AnswerEditionTests
{
    private readonly AnnouncedChanges changes = new();
    private readonly QuestionAnswerer answerer;

    public AnswerEditionTests() => answerer = new QuestionAnswerer([SampleMeetings.March2017()], changes);

    [Fact]
    public void The_edition_stays_equal_while_nothing_is_loaded_or_announced()
    {
        var first = answerer.Edition;
        answerer.Answer("when is the next meeting?", new DateOnly(2017, 3, 25));

        Assert.Equal(first, answerer.Edition);
        Assert.True(first == answerer.Edition);
        Assert.Equal(first.GetHashCode(), answerer.Edition.GetHashCode());
    }

    [Fact]
    public void Loading_minutes_starts_a_new_edition_even_when_they_are_the_same_minutes()
    {
        var before = answerer.Edition;
        answerer.Rebuild([SampleMeetings.March2017()]);

        Assert.NotEqual(before, answerer.Edition);
    }

    [Fact]
    public void Announcing_a_change_starts_a_new_edition()
    {
        var before = answerer.Edition;
        changes.Announce(new MeetingMoved("HWP", null, new DateOnly(2017, 4, 28), new ChangeProvenance("a-1", "Maria Rossi", DateTimeOffset.UnixEpoch)));

        Assert.True(before != answerer.Edition);
    }

    private sealed class AnnouncedChanges : IScheduleChanges
    {
        private IReadOnlyList<ScheduleChange> current = [];

        public IReadOnlyList<ScheduleChange> Current() => current;

        public void Announce(ScheduleChange change) => current = [.. current, change];
    }
}
