using WorkingParty.Answers.Schedule;

namespace WorkingParty.Answers.Tests;

public class AnswerEditionTests
{
    private readonly AnnouncedChanges _changes = new();
    private readonly QuestionAnswerer _answerer;

    public AnswerEditionTests() => _answerer = new QuestionAnswerer([SampleMeetings.March2017()], _changes);

    [Fact]
    public void The_edition_stays_equal_while_nothing_is_loaded_or_announced()
    {
        var first = _answerer.Edition;
        _answerer.Answer("when is the next meeting?", new DateOnly(2017, 3, 25));

        Assert.Equal(first, _answerer.Edition);
        Assert.True(first == _answerer.Edition);
        Assert.Equal(first.GetHashCode(), _answerer.Edition.GetHashCode());
    }

    [Fact]
    public void Loading_minutes_starts_a_new_edition_even_when_they_are_the_same_minutes()
    {
        var before = _answerer.Edition;
        _answerer.Rebuild([SampleMeetings.March2017()]);

        Assert.NotEqual(before, _answerer.Edition);
    }

    [Fact]
    public void Announcing_a_change_starts_a_new_edition()
    {
        var before = _answerer.Edition;
        _changes.Announce(new MeetingMoved("HWP", null, new DateOnly(2017, 4, 28), new ChangeProvenance("a-1", "Maria Rossi", DateTimeOffset.UnixEpoch)));

        Assert.True(before != _answerer.Edition);
    }

    private sealed class AnnouncedChanges : IScheduleChanges
    {
        private IReadOnlyList<ScheduleChange> _current = [];

        public IReadOnlyList<ScheduleChange> Current() => _current;

        public void Announce(ScheduleChange change) => _current = [.. _current, change];
    }
}
