using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Answers.Tests;

/// <summary>
/// One working party whose minutes write its name with its acronym in brackets in some documents and without it in
/// others is one body: its last meeting is the latest of all of them, whichever spelling the question uses.
/// </summary>
public class BodySpellingsTests
{
    private const string WithAcronym = "Working Party on Oceania (COOCE)";
    private static readonly DateOnly Today = new(2031, 1, 20);

    private readonly QuestionAnswerer _answerer = new(
    [
        Held("cooce-2030-10", WithAcronym, new(2030, 10, 8)),
        Held("cooce-2030-12", "Working Party on Oceania", new(2030, 12, 10)),
        Held("coafr-2030-11", "Working Party on Africa (COAFR)", new(2030, 11, 5)),
    ], new NoScheduleChanges());

    [Theory]
    [InlineData("when did COOCE last meet?")]
    [InlineData("when did the oceania working party last meet?")]
    public void The_last_meeting_is_the_latest_under_either_spelling(string question)
    {
        var answer = Assert.IsType<LastMeetingsAnswer>(_answerer.Answer(question, Today));
        var last = Assert.Single(answer.Meetings);
        Assert.Equal(("cooce-2030-12", WithAcronym), (last.MeetingId, last.Body));
    }

    [Fact]
    public void Bodies_that_differ_by_more_than_the_acronym_stay_apart()
    {
        var answer = Assert.IsType<LastMeetingsAnswer>(_answerer.Answer("when did we last meet?", Today));
        Assert.Equal(["cooce-2030-12", "coafr-2030-11"], answer.Meetings.Select(m => m.MeetingId));
    }

    [Fact]
    public void A_short_name_in_mixed_case_in_brackets_is_the_same_body_but_a_bracketed_qualifier_is_another()
    {
        var answerer = new QuestionAnswerer(
        [
            Held("fop-2030-09", "Friends of the Presidency Group on Tidal Energy", new(2030, 9, 2)),
            Held("fop-2030-11", "Friends of the Presidency Group on Tidal Energy (FoP Tidal)", new(2030, 11, 4)),
            Held("fop-2030-12", "Friends of the Presidency Group on Tidal Energy", new(2030, 12, 9)),
            Held("tax-2030-12", "Working Party on Levies (Direct Levies)", new(2030, 12, 11)),
            Held("tax-2030-10", "Working Party on Levies (Indirect Levies)", new(2030, 10, 14)),
        ], new NoScheduleChanges());

        var fop = Assert.IsType<LastMeetingsAnswer>(answerer.Answer("when did the tidal FoP last meet?", Today));
        Assert.Equal(["fop-2030-12"], fop.Meetings.Select(m => m.MeetingId));
        var all = Assert.IsType<LastMeetingsAnswer>(answerer.Answer("when did we last meet?", Today));
        Assert.Equal(["tax-2030-12", "fop-2030-12", "tax-2030-10"], all.Meetings.Select(m => m.MeetingId));
    }

    [Fact]
    public void A_bracketed_qualifier_in_words_and_the_acronym_of_its_initials_are_one_body()
    {
        var answerer = new QuestionAnswerer(
        [
            Held("buoy-2030-09", "Working Party on Buoyage (Coastal Buoy Group)", new(2030, 9, 2)),
            Held("buoy-2030-11", "Working Party on Buoyage (CBG)", new(2030, 11, 4)),
            Held("buoy-2030-12", "Working Party on Buoyage (Coastal Buoy Group)", new(2030, 12, 9)),
        ], new NoScheduleChanges());

        var minutes = Assert.IsType<MinutesListAnswer>(answerer.Answer("which CBG minutes do you have?", Today));
        Assert.Equal(["buoy-2030-12", "buoy-2030-11", "buoy-2030-09"], minutes.Meetings.Select(m => m.MeetingId));
        Assert.All(minutes.Meetings, m => Assert.Equal("Working Party on Buoyage (CBG)", m.Body));
    }

    [Fact]
    public void Names_that_bracket_the_same_acronym_are_one_body_renamed_under_its_newest_name()
    {
        var answerer = new QuestionAnswerer(
        [
            Held("cosea-2019-03", "South Seas Working Party (COSEA)", new(2019, 3, 6)),
            Held("cosea-2030-12", "Working Party on the South Seas and Oceania (COSEA)", new(2030, 12, 2)),
            Held("coafr-2030-11", "Working Party on Africa (COAFR)", new(2030, 11, 5)),
        ], new NoScheduleChanges());

        var last = Assert.IsType<LastMeetingsAnswer>(answerer.Answer("when did COSEA last meet?", Today));
        Assert.Equal([("cosea-2030-12", "Working Party on the South Seas and Oceania (COSEA)")], last.Meetings.Select(m => (m.MeetingId, m.Body)));
        var all = Assert.IsType<LastMeetingsAnswer>(answerer.Answer("when did we last meet?", Today));
        Assert.Equal(["cosea-2030-12", "coafr-2030-11"], all.Meetings.Select(m => m.MeetingId));
    }

    private static Meeting Held(string id, string body, DateOnly date) =>
        new(id, body, date, false, $"Outcome of proceedings of the {body}", $"{id}.txt",
            [new AgendaItem(1, "Adoption of the agenda", [], [], [], [])], [], []);
}
