using WorkingParty.Comments;
using WorkingParty.Comments.Deadlines;
using WorkingParty.Comments.Tests.Support;

namespace WorkingParty.Comments.Tests.Rules;

public sealed class DeadlineClockTests
{
    private readonly DeadlineClock _brussels = new(TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels"));

    [Fact]
    public void A_deadline_closes_at_midnight_after_its_due_day_in_brussels_summer_time()
    {
        Assert.Equal(new DateTimeOffset(2017, 4, 3, 22, 0, 0, TimeSpan.Zero), _brussels.ClosesAt(CommentScenario.Item9));
    }

    [Fact]
    public void A_deadline_closes_at_midnight_after_its_due_day_in_brussels_winter_time()
    {
        var winter = CommentScenario.Item9 with { DueDate = new DateOnly(2017, 3, 1) };

        Assert.Equal(new DateTimeOffset(2017, 3, 1, 23, 0, 0, TimeSpan.Zero), _brussels.ClosesAt(winter));
    }

    [Fact]
    public void The_refusal_names_the_deadline_and_its_time_zone()
    {
        Assert.Equal("The deadline for written comments on doc. 7130/17 was 3 April 2017 (end of day, Europe/Brussels time)",
            _brussels.Describe(CommentScenario.Item9));
    }
}
