using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// The minutes of a joint meeting that give each of its bodies its own next date ("the REEF will next meet on 8 March
/// and the TIDE on 16 March"): asked about one body, its own dates and the joint ones, never the other body's own.
/// </summary>
public class JointBodiesOwnDatesTests
{
    private static readonly DateOnly Today = new(2031, 3, 1);

    private static Meeting Joint(string subject, string nextMeetings) => InventedMinutes.Read($"""
        Brussels, 24 February 2031
        (OR. en)
        6120/31
        OUTCOME OF PROCEEDINGS
        From: General Secretariat of the Council
        On: 20 February 2031
        To: Delegations
        Subject: {subject}
        1. Adoption of the agenda
        The agenda was adopted.
        2. Coral bleaching and tidal gauges
        The Commission presented its survey of coral bleaching.
        3. AOB
        {nextMeetings}
        """, "joint-reef-tide-2031-02.txt");

    private const string FullNames = "Summary of the joint meeting of the Working Party on Reefs (REEF) and the Working Party on Tides (TIDE)";

    private static readonly Meeting Reefs = InventedMinutes.Read("""
        Brussels, 12 February 2031
        (OR. en)
        5400/31
        OUTCOME OF PROCEEDINGS
        From: General Secretariat of the Council
        On: 10 February 2031
        To: Working Party on Reefs (REEF)
        Subject: Outcome of proceedings
        1. Adoption of the agenda
        The agenda was adopted.
        2. Coral mapping
        The Presidency presented the coral atlas.
        """, "reefs-2031-02.txt");

    private static IReadOnlyList<DateOnly> Dates(IReadOnlyList<Meeting> minutes, string question) =>
        [.. Assert.IsType<NextMeetingsAnswer>(new QuestionAnswerer(minutes, new NoScheduleChanges()).Answer(question, Today)).Dates.Select(d => d.Date)];

    [Fact]
    public void Each_body_is_given_its_own_date_by_short_name()
    {
        var minutes = new[] { Joint(FullNames, "The REEF will next meet on 8 March 2031 and the TIDE on 16 March 2031.") };

        Assert.Equal([new DateOnly(2031, 3, 8)], Dates(minutes, "next REEF?"));
        Assert.Equal([new DateOnly(2031, 3, 16)], Dates(minutes, "next TIDE meeting?"));
    }

    [Fact]
    public void Each_body_is_given_its_own_date_by_full_name()
    {
        var minutes = new[] { Joint(FullNames, "The Working Party on Reefs will meet on 9 April 2031 and the Working Party on Tides on 11 April 2031.") };

        Assert.Equal([new DateOnly(2031, 4, 11)], Dates(minutes, "when does the Working Party on Tides meet next?"));
    }

    [Fact]
    public void A_body_meeting_alone_keeps_the_joint_dates_and_not_the_other_bodys()
    {
        var minutes = new[] { Joint(FullNames, "TIDE will reconvene separately on 2 May 2031; a further joint meeting is planned for 20 June 2031.") };

        Assert.Equal([new DateOnly(2031, 6, 20)], Dates(minutes, "when does REEF meet next?"));
        Assert.Equal([new DateOnly(2031, 5, 2), new DateOnly(2031, 6, 20)], Dates(minutes, "next TIDE?"));
        Assert.Equal([new DateOnly(2031, 6, 20)], Dates(minutes, "next joint meeting?"));
    }

    [Theory]
    [InlineData("when does TIDE meet on its own next?")]
    [InlineData("next TIDE meeting alone?")]
    [InlineData("when does TIDE meet alone?")]
    public void A_body_asked_on_its_own_is_given_its_own_dates_not_the_joint_meetings(string question)
    {
        var minutes = new[] { Joint(FullNames, "TIDE will reconvene separately on 2 May 2031; a further joint meeting is planned for 20 June 2031.") };

        Assert.Equal([new DateOnly(2031, 5, 2)], Dates(minutes, question));
    }

    [Fact]
    public void A_clause_that_says_joint_is_the_joint_meetings_though_it_names_one_body()
    {
        var minutes = new[] { Joint(FullNames, "The REEF will meet on 8 March 2031 and the next joint meeting, hosted by the TIDE, will be held on 20 June 2031.") };

        Assert.Equal([new DateOnly(2031, 6, 20)], Dates(minutes, "next joint meeting?"));
        Assert.Equal([new DateOnly(2031, 3, 8), new DateOnly(2031, 6, 20)], Dates(minutes, "next REEF?"));
    }

    [Fact]
    public void A_body_with_minutes_of_its_own_takes_no_date_the_joint_minutes_give_the_other_body()
    {
        var minutes = new[] { Reefs, Joint(FullNames, "The REEF will next meet on 8 March 2031 and the TIDE on 16 March 2031.") };

        Assert.Equal([new DateOnly(2031, 3, 8)], Dates(minutes, "when is the next meeting of the Working Party on Reefs?"));
    }

    [Fact]
    public void Each_body_is_given_its_own_date_when_the_joint_note_brackets_both_short_names_at_the_end_and_one_also_met_alone()
    {
        var minutes = new[] { InventedMinutes.Read("""
            Brussels, 24 February 2031
            (OR. en)
            6120/31
            OUTCOME OF PROCEEDINGS
            From: General Secretariat of the Council
            On: 20 February 2031
            To: Joint RKWP/TGWP
            Subject: Joint meeting of the Reef Keeping Working Party (RKWP) and the Tide Gauge Working Party (TGWP) on 20 February 2031
            1. Adoption of the agenda
            The agenda was adopted.
            2. AOB
            The TGWP will next meet on 8 March 2031 and the RKWP on 16 March 2031.
            """, "joint-rkwp-tgwp-2031-02.txt"), InventedMinutes.Read("""
            Brussels, 12 February 2031
            (OR. en)
            5400/31
            OUTCOME OF PROCEEDINGS
            From: General Secretariat of the Council
            On: 10 February 2031
            To: Reef Keeping Working Party
            Subject: Outcome of proceedings
            1. Adoption of the agenda
            The agenda was adopted.
            2. Coral mapping
            The Presidency presented the coral atlas.
            """, "rkwp-2031-02.txt") };

        Assert.Equal([new DateOnly(2031, 3, 16)], Dates(minutes, "next RKWP?"));
        Assert.Equal([new DateOnly(2031, 3, 8)], Dates(minutes, "next TGWP?"));
    }

    [Fact]
    public void A_configuration_of_a_known_body_answers_to_its_party_s_short_name_with_its_joint_meetings()
    {
        var minutes = new[]
        {
            InventedMinutes.Read("""
                Brussels, 12 February 2031
                (OR. en)
                5400/31
                OUTCOME OF PROCEEDINGS
                From: General Secretariat of the Council
                On: 10 February 2031
                To: Working Party on General Matters including Evaluation (Peer Reviews)
                Subject: Outcome of proceedings
                1. Adoption of the agenda
                The agenda was adopted.
                2. Evaluation round
                The Presidency presented the questionnaire.
                """, "genval-2031-02.txt"),
            InventedMinutes.Read("""
                Brussels, 24 February 2031
                (OR. en)
                6120/31
                OUTCOME OF PROCEEDINGS
                From: General Secretariat of the Council
                On: 20 February 2031
                To: Joint GENVAL/TIDE
                Subject: Joint meeting of the Working Party on General Matters including Evaluation (Peer Reviews) and the Working Party on Tides on 20 February 2031
                1. Adoption of the agenda
                The agenda was adopted.
                2. AOB
                The TIDE will next meet on 8 March 2031 and the GENVAL on 16 March 2031.
                """, "joint-genval-tide-2031-02.txt"),
        };

        Assert.Equal([new DateOnly(2031, 3, 16)], Dates(minutes, "next GENVAL?"));
    }

    [Fact]
    public void Asked_about_no_body_every_date_is_shown()
    {
        var minutes = new[] { Joint(FullNames, "The REEF will next meet on 8 March 2031 and the TIDE on 16 March 2031.") };

        Assert.Equal([new DateOnly(2031, 3, 8), new DateOnly(2031, 3, 16)], Dates(minutes, "when is the next meeting?"));
    }

    [Theory]
    [InlineData("The next meetings will be held on 14 April 2031 (Working Party on Tides) and 27 April 2031 (Working Party on Reefs).")]
    [InlineData("The next meetings will be held on 14 April 2031 (TIDE) and on 27 April 2031 (REEF).")]
    public void A_date_tagged_with_one_body_after_it_is_that_bodys_alone(string nextMeetings)
    {
        var minutes = new[] { Joint(FullNames, nextMeetings) };

        Assert.Equal([new DateOnly(2031, 4, 27)], Dates(minutes, "next reefs WP meeting?"));
        Assert.Equal([new DateOnly(2031, 4, 14)], Dates(minutes, "next TIDE meeting?"));
        Assert.Equal([new DateOnly(2031, 4, 14), new DateOnly(2031, 4, 27)], Dates(minutes, "when is the next meeting?"));
    }

    [Fact]
    public void A_date_for_one_body_is_not_the_other_bodys()
    {
        var minutes = new[] { Joint(FullNames, "The next meeting will be held on 27 April 2031 for the Working Party on Reefs.") };

        Assert.Equal([new DateOnly(2031, 4, 27)], Dates(minutes, "next REEF?"));
        Assert.Empty(Dates(minutes, "next TIDE meeting?"));
    }

    [Fact]
    public void A_date_after_another_bodys_tag_is_not_that_bodys()
    {
        var minutes = new[] { Joint(FullNames, "The next meetings will be held on 14 April 2031 (Working Party on Tides) and 27 April 2031.") };

        Assert.Equal([new DateOnly(2031, 4, 27)], Dates(minutes, "next REEF?"));
    }
}
