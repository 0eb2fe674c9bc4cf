using WorkingParty.Minutes.Model;
using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Extraction;

/// <summary>
/// The date a meeting of ours was moved away from is never a coming meeting, however the move is worded: an auxiliary
/// between the adverb and the verb, "(put back from X)", "instead of X", "from X to Y". It is kept as moved.
/// </summary>
public class SupersededMeetingDateTests
{
    private static Meeting Minutes(string item1) =>
        Read($"Brussels, 20 February 2031\nOUTCOME OF PROCEEDINGS\nOn: 11 February 2031\nTo: Delegations\nSubject: Working Party on Inland Waterways (WPIW)\n\n1. Navigation rules\n\n{item1}\n\n2. AOB\n\nNothing was raised.");

    private static IEnumerable<DateOnly> NextMeetings(Meeting m) =>
        m.Events.Where(e => e.Kind == EventKind.NextMeeting && e.Status != "cancelled").Select(e => e.Date).Order();

    [Theory]
    [InlineData("The next meeting is now set for 19 March; it had originally been foreseen for 12 March.")]
    [InlineData("The next meeting will take place on 19 March, having previously been scheduled for 12 March.")]
    [InlineData("The next meeting was first planned to take place on 12 March but will be held on 19 March.")]
    [InlineData("The next meeting will be held on 19 March (put back from 12 March).")]
    [InlineData("The next meeting will be held on 19 March (postponed from 12 March).")]
    [InlineData("The next meeting will take place on 19 March instead of 12 March.")]
    [InlineData("The next meeting will take place on 19 March rather than on 12 March.")]
    [InlineData("The next meeting has been moved from 12 March to 19 March.")]
    [InlineData("The Presidency shifted the next meeting from 12 March to 19 March.")]
    public void The_date_moved_from_is_no_coming_meeting(string sentence)
    {
        var m = Minutes(sentence);

        Assert.Equal([D("2031-03-19")], NextMeetings(m));
        Assert.Equal(["moved"], m.Events.Where(e => e.Date == D("2031-03-12")).Select(e => e.Status));
    }

    [Fact]
    public void The_date_moved_from_is_kept_as_moved_for_our_meeting()
    {
        var m = Minutes("The next meeting will be held on 2 and 3 April (brought forward from 9 April).");

        Assert.Equal([D("2031-04-02")], NextMeetings(m));
        Assert.Equal(["moved"], m.Events.Where(e => e.Date == D("2031-04-09")).Select(e => e.Status));
    }

    [Fact]
    public void A_date_a_later_sentence_says_was_given_up_leaves_an_earlier_list()
    {
        var m = Minutes("The next meetings will be held on 12 March and 26 March. The next meeting will now take place on 19 March; it had initially been planned for 12 March.");

        Assert.Equal([D("2031-03-19"), D("2031-03-26")], NextMeetings(m));
    }

    [Fact]
    public void A_range_from_one_date_to_another_is_no_move()
    {
        var m = Minutes("The consultation will run from 3 March to 24 March. The next meeting will take place on 26 March.");

        Assert.Equal([D("2031-03-26")], NextMeetings(m));
        Assert.Contains(m.Events, e => e.Date == D("2031-03-03") && e.Status is null);
    }
}
