using WorkingParty.Minutes.Model;
using WorkingParty.Minutes.Tests.Samples;

namespace WorkingParty.Minutes.Tests.Extraction;

/// <summary>The client's ground truth for the one real minutes document.</summary>
public class SeedGroundTruthTests
{
    private static readonly Meeting Seed = SampleMinutes.Parse(SampleMinutes.Seed);

    [Fact]
    public void Reads_the_eleven_items_with_their_exact_titles()
    {
        Assert.Equal(
        [
            "Adoption of the agenda",
            "Information from the Presidency, Commission, EEAS and EU Agencies",
            "Carrier Grade NAT - exchange of good practices",
            "Common challenges to LEA and judiciary in combatting cybercrime",
            "Cyber Threat Landscape - emerging trends",
            "EU Cyber Security Strategy review - state-of-play and future steps",
            "United Nations Intergovernmental Expert Group on Cybercrime meeting, 10-13 April 2017, Vienna",
            "Digital Object Architecture - cyber risks",
            "Joint EU Diplomatic Response to Cyber Operations (Cyber Toolbox)",
            "Prevention and cyber awareness",
            "AOB",
        ], Seed.Items.Select(i => i.Title));
        Assert.Equal(Enumerable.Range(1, 11), Seed.Items.Select(i => i.Number));
    }

    [Fact]
    public void Infers_a_date_between_the_last_past_and_the_first_coming_date()
    {
        Assert.True(Seed.DateInferred);
        Assert.InRange(Seed.Date, new DateOnly(2017, 3, 15), new DateOnly(2017, 3, 28));
        Assert.Equal("Horizontal Working Party on Cyber Issues", Seed.Body);
        Assert.Equal($"{Seed.Date:yyyy-MM-dd}-hwp-cyber-issues", Seed.Id);
    }

    [Fact]
    public void Finds_the_next_meetings_and_the_interactive_workshop()
    {
        Assert.Equal([new DateOnly(2017, 4, 19), new DateOnly(2017, 5, 12)],
            Seed.Events.Where(e => e.Kind == EventKind.NextMeeting).Select(e => e.Date));
        var workshop = Assert.Single(Seed.Events, e => e.Kind == EventKind.Workshop && e.Date == new DateOnly(2017, 5, 24));
        Assert.Equal(2, workshop.Item);
        Assert.Contains("interactive workshop", workshop.Description);
    }

    [Fact]
    public void Finds_both_deadlines_with_subject_requester_and_documents()
    {
        Assert.Equal(2, Seed.Deadlines.Count);
        var lines = Seed.Deadlines[0];
        Assert.Equal((new DateOnly(2017, 3, 29), 7), (lines.Date, lines.Item));
        Assert.StartsWith("written comments on the draft line", lines.Subject);
        Assert.Equal("delegations", lines.RequestedFrom);
        Assert.Equal(["7130/17"], lines.Documents);

        var toolbox = Seed.Deadlines[1];
        Assert.Equal((new DateOnly(2017, 4, 3), 9), (toolbox.Date, toolbox.Item));
        Assert.Contains("cyber toolbox paper", toolbox.Subject);
        Assert.Contains("the way ahead", toolbox.Subject);
        Assert.Equal(["WK 2569/2017"], toolbox.Documents);
    }

    [Fact]
    public void Deadline_dates_are_not_also_reported_as_events()
    {
        Assert.DoesNotContain(Seed.Events, e => e.Date == new DateOnly(2017, 3, 29) || e.Date == new DateOnly(2017, 4, 3));
    }

    [Fact]
    public void Item_six_continues_at_the_next_meeting()
    {
        var followUp = Assert.Single(Seed.Items[5].FollowUps);
        Assert.Contains("would continue at the next meeting", followUp);
        Assert.All(Seed.Items.Where(i => i.Number != 6), i => Assert.Empty(i.FollowUps));
    }

    [Theory]
    [InlineData("2017-01-31", "2017-02-01")]
    [InlineData("2017-01-31", null)]
    [InlineData("2017-02-23", "2017-02-24")]
    [InlineData("2017-03-14", null)]
    [InlineData("2017-03-09", "2017-03-10")]
    public void Dates_before_the_meeting_are_past_events(string date, string? end)
    {
        Assert.Contains(Seed.Events, e => e.Kind == EventKind.PastEvent && e.Date == DateOnly.Parse(date)
            && e.EndDate == (end is null ? null : DateOnly.Parse(end)));
    }

    [Fact]
    public void No_event_before_the_meeting_is_upcoming()
    {
        Assert.All(Seed.Events.Where(e => (e.EndDate ?? e.Date) < Seed.Date), e => Assert.Equal(EventKind.PastEvent, e.Kind));
        Assert.All(Seed.Events.Where(e => e.Kind != EventKind.PastEvent), e => Assert.True(e.Date >= Seed.Date));
    }

    [Fact]
    public void Another_bodys_next_meeting_is_an_event_not_ours()
    {
        var endOfMay = Assert.Single(Seed.Events, e => e.Precision == DatePrecision.PartOfMonth);
        Assert.Equal((new DateOnly(2017, 5, 21), new DateOnly(2017, 5, 31), EventKind.Event), (endOfMay.Date, endOfMay.EndDate, endOfMay.Kind));
    }

    [Fact]
    public void Reads_precision_of_half_years_and_ranges()
    {
        var half = Assert.Single(Seed.Events, e => e.Precision == DatePrecision.HalfYear);
        Assert.Equal((new DateOnly(2017, 7, 1), new DateOnly(2017, 12, 31), 4), (half.Date, half.EndDate, half.Item));
        var vienna = Assert.Single(Seed.Events, e => e.Date == new DateOnly(2017, 4, 10));
        Assert.Equal((new DateOnly(2017, 4, 13), 7, EventKind.Event), (vienna.EndDate, vienna.Item, vienna.Kind));
    }

    [Fact]
    public void Normalises_the_document_references_per_item()
    {
        Assert.Equal(["CM 1551/1/17 REV 1"], Seed.Items[0].Documents);
        Assert.Equal(["7021/17"], Seed.Items[3].Documents);
        Assert.Equal(["WK 2981/2017"], Seed.Items[7].Documents);
        Assert.Equal(["6142/17", "CM 1124/17"], Seed.Items[9].Documents);
    }

    [Fact]
    public void Names_the_actors_who_spoke_under_each_item()
    {
        Assert.Equal(["Presidency", "Commission (DG Connect)", "Commission (DG Home)", "EEAS", "HU", "Eurojust", "ENISA"], Seed.Items[1].Actors);
        Assert.Equal(["Europol", "Commission"], Seed.Items[2].Actors);
        Assert.Equal(["Europol", "Eurojust", "ENISA", "CERT-EU", "INTCEN"], Seed.Items[4].Actors);
        Assert.Equal(["UK"], Seed.Items[7].Actors);
        Assert.Equal(["Presidency", "Europol", "CZ"], Seed.Items[9].Actors);
    }

    [Fact]
    public void A_sentence_opening_with_it_keeps_the_previous_speaker()
    {
        var statements = Seed.Items[1].Paragraphs.SelectMany(p => p.Sentences).ToList();
        var alsoAnnounced = Assert.Single(statements, s => s.Text.StartsWith("It also reported on the outcome", StringComparison.Ordinal));
        Assert.Equal(["Presidency"], alsoAnnounced.Actors);
        var stressed = Assert.Single(statements, s => s.Text.StartsWith("It stressed that due to the limited scope", StringComparison.Ordinal));
        Assert.Equal(["Commission (DG Home)"], stressed.Actors);
    }

    [Fact]
    public void Unwraps_paragraphs_keeping_compound_hyphens_and_whole_document_numbers()
    {
        var item3 = string.Join(" ", Seed.Items[2].Paragraphs.Select(p => p.Text));
        Assert.Contains("number of end-users behind one IP address", item3);
        var item7 = Seed.Items[6].Paragraphs[0].Sentences[0].Text;
        Assert.Equal("The EEAS and the Commission (DG Home) presented the draft lines to be taken (doc. 7130/17) in the context of the meeting of the intergovernmental expert group meeting in Vienna and outlined the official EU position in this regard.", item7);
        Assert.Equal("The agenda as set out in doc. CM 1551/1/17 REV 1 was adopted with no additional points under AOB.",
            Assert.Single(Assert.Single(Seed.Items[0].Paragraphs).Sentences).Text);
    }
}
