using WorkingParty.Minutes.Model;
using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Extraction;

/// <summary>
/// Next meetings told in reported speech or as a series: a body of a joint meeting that "would meet separately on" a
/// date, named by a short name the Subject does not give it; "the next meeting on X, followed by meetings on Y and Z";
/// "the MEAD meeting scheduled for X had been postponed to Y", MEAD being the start of our name.
/// </summary>
public class ReportedNextMeetingWordingTests
{
    private const string Joint =
        "Brussels, 14 April 2034\nOUTCOME OF PROCEEDINGS\nOn: 10 April 2034\nTo: Delegations\n"
        + "Subject: Summary of the joint meeting of the Working Party on Meadows and the Working Party on Heathland\n\n"
        + "1. Grazing rules\n\nThe Commission presented its study.\n\n2. AOB\n\n";

    private const string Plain =
        "Brussels, 14 April 2034\nOUTCOME OF PROCEEDINGS\nOn: 10 April 2034\nTo: Working Party on Meadows\n"
        + "Subject: Outcome of proceedings\n\n1. Grazing rules\n\nThe Commission presented its study.\n\n2. AOB\n\n";

    private static List<DateOnly> NextMeetings(Meeting m) =>
        m.Events.Where(e => e.Kind == EventKind.NextMeeting && e.Status != "cancelled").Select(e => e.Date).Order().ToList();

    [Theory]
    [InlineData("The Presidency informed delegations that HEATH would meet separately on\n2 May 2034. The next joint meeting will take place on 30 May 2034.")]
    [InlineData("The Presidency said that the heathland experts would convene alone on 2 May 2034. The next joint meeting will take place on 30 May 2034.")]
    public void A_body_that_would_meet_separately_meets_on_that_date(string aob) =>
        Assert.Equal([D("2034-05-02"), D("2034-05-30")], NextMeetings(Read(Joint + aob)));

    [Fact]
    public void Meetings_that_follow_the_next_one_are_next_meetings_too() =>
        Assert.Equal([D("2034-05-03"), D("2034-05-17"), D("2034-05-24")], NextMeetings(Read(Plain
            + "The Presidency intended to hold the next meeting of the Working Party on 3 May 2034, followed by meetings on 17 May and 24 May.")));

    [Fact]
    public void Our_meeting_named_by_our_short_name_that_had_been_postponed_meets_on_its_new_date() =>
        Assert.Equal([D("2034-04-24"), D("2034-05-08")], NextMeetings(Read(Plain
            + "The Presidency informed delegations that the MEAD meeting scheduled for 17 April had been postponed to 24 April 2034.\n\n"
            + "The following meeting will take place on 8 May 2034.")));

    [Fact]
    public void Another_body_s_meeting_named_by_its_short_name_that_had_been_postponed_is_not_ours() =>
        Assert.Empty(NextMeetings(Read(Plain + "The Presidency recalled that the COREPER meeting scheduled for 17 April had been postponed to 24 April 2034.")));
}
