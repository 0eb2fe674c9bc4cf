using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// Next meetings told in reported speech: our meeting named by its short name that "had been postponed to" a date
/// meets then; a body that "would meet separately on" a date (wrapped to the next line) meets then; "followed by
/// meetings on X and Y" are further coming meetings. A question naming only a configuration's qualifier matches that
/// qualifier under any wording of its parent, and the last meeting is the latest among them.
/// </summary>
public class ReportedScheduleWordingTests
{
    private static readonly Meeting Postponed = InventedMinutes.Read("""
        Brussels, 3 February 2033
        (OR. en)
        5900/33
        OUTCOME OF PROCEEDINGS
        From: General Secretariat of the Council
        On: 28 January 2033
        To: Working Party on Orchards
        Subject: Outcome of proceedings
        1. Adoption of the agenda
        The agenda was adopted.
        2. Pollination services
        The Commission presented its study on pollinators.
        3. AOB
        The Presidency informed delegations that the ORCH meeting scheduled for 14 February had been postponed to 21 February 2033 because of a strike.
        The following meeting will take place on 7 March 2033.
        """, "orchards-2033-01.txt");

    private static readonly Meeting Joint = InventedMinutes.Read("""
        Brussels, 20 May 2033
        (OR. en)
        8100/33
        OUTCOME OF PROCEEDINGS
        From: General Secretariat of the Council
        On: 16 May 2033
        To: Delegations
        Subject: Summary of the joint meeting of the Working Party on Vineyards and the Working Party on Hops
        1. Adoption of the agenda
        The agenda was adopted.
        2. Plant protection products
        The Commission presented the list of substances.
        3. AOB
        The incoming Presidency informed delegations that HOPS would meet separately on
        9 June 2033. The next joint VINE/HOPS meeting will take place on 12 July 2033.
        """, "vine-hops-2033-05.txt");

    private static readonly Meeting Series = InventedMinutes.Read("""
        Brussels, 24 August 2033
        (OR. en)
        11200/33
        OUTCOME OF PROCEEDINGS
        From: General Secretariat of the Council
        On: 19 August 2033
        To: Working Party on Cereals (CERE)
        Subject: Outcome of proceedings
        1. Adoption of the agenda
        The agenda was adopted.
        2. Seed marketing
        The Commission presented the seed marketing proposal.
        3. AOB
        The Presidency informed delegations that the incoming Presidency intended to hold the next meeting of the Working Party on 6 September 2033, followed by meetings on 13 September and 27 September.
        """, "cereals-2033-08.txt");

    private readonly QuestionAnswerer _answerer = new([Postponed, Joint, Series], new NoScheduleChanges());

    [Theory]
    [InlineData(10)]
    [InlineData(17)]
    public void A_meeting_named_by_our_short_name_that_had_been_postponed_to_a_date_meets_on_that_date(int day)
    {
        var answer = Assert.IsType<NextMeetingsAnswer>(_answerer.Answer("next orchards WP meeting?", new DateOnly(2033, 2, day)));

        Assert.Equal(new DateOnly(2033, 2, 21), answer.Dates.Select(d => d.Date).Min());
        Assert.DoesNotContain(new DateOnly(2033, 2, 14), answer.Dates.Select(d => d.Date));
    }

    [Theory]
    [InlineData("when does HOPS meet next")]
    [InlineData("when does the hops WP meet next?")]
    public void A_body_that_would_meet_separately_on_a_wrapped_date_meets_then(string question)
    {
        var answer = Assert.IsType<NextMeetingsAnswer>(_answerer.Answer(question, new DateOnly(2033, 6, 1)));

        Assert.Equal(new DateOnly(2033, 6, 9), answer.Dates.Select(d => d.Date).Min());
    }

    [Fact]
    public void Meetings_that_follow_the_next_one_are_coming_meetings_too()
    {
        var answer = Assert.IsType<NextMeetingsAnswer>(_answerer.Answer("other cereals WP meetings in september?", new DateOnly(2033, 9, 1)));

        Assert.Equal(
            [new DateOnly(2033, 9, 6), new DateOnly(2033, 9, 13), new DateOnly(2033, 9, 27)],
            answer.Dates.Select(d => d.Date).Distinct().Order());
    }

    [Fact]
    public void A_qualifier_named_alone_matches_it_under_every_wording_of_its_parent()
    {
        var answerer = new QuestionAnswerer(
        [
            Held("fish-2031-04", "Working Party on Fisheries (Aquaculture)", new(2031, 4, 8)),
            Held("fish-2036-02", "Working Party on Fisheries and Oceans (Aquaculture)", new(2036, 2, 12)),
            Held("fish-2036-05", "Working Party on Fisheries and Oceans", new(2036, 5, 20)),
        ], new NoScheduleChanges());

        var answer = Assert.IsType<LastMeetingsAnswer>(answerer.Answer("when did the aquaculture WP last meet?", new DateOnly(2037, 3, 1)));

        Assert.Equal("fish-2036-02", Assert.Single(answer.Meetings).MeetingId);
        Assert.Contains("Working Party on Fisheries and Oceans (Aquaculture)", answer.Scope);
    }

    private static Meeting Held(string id, string body, DateOnly date) =>
        new(id, body, date, false, $"Outcome of proceedings of the {body}", $"{id}.txt",
            [new AgendaItem(1, "Adoption of the agenda", [], [], [], [])], [], []);
}
