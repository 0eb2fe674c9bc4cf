using WorkingParty.Minutes.Model;
using WorkingParty.Minutes.Tests.Samples;

namespace WorkingParty.Minutes.Tests.Extraction;

/// <summary>Minutes written for the project in the Council style, with phrasings the seed does not use.</summary>
public class WrittenSamplesGroundTruthTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static IEnumerable<(DateOnly, DateOnly?, int)> Of(Meeting meeting, EventKind kind) =>
        meeting.Events.Where(e => e.Kind == kind).Select(e => (e.Date, e.EndDate, e.Item));

    [Fact]
    public void Financial_services_minutes_with_a_heading_that_states_the_meeting_date()
    {
        var m = SampleMinutes.Parse("minutes-fsbu-aml-2018-03.txt");

        // A configuration is a body of its own (issue 12).
        Assert.Equal(("2018-03-12-wp-financial-services-anti-money-laundering", "Working Party on Financial Services and the Banking Union (Anti-money laundering)", D("2018-03-12"), false),
            (m.Id, m.Body, m.Date, m.DateInferred));
        Assert.StartsWith("Working Party on Financial Services and the Banking Union (Anti-money laundering)", m.Title);
        Assert.Equal(["Adoption of the agenda", "Information from the Presidency", "Anti-money laundering - list of high-risk third countries",
            "Supranational risk assessment", "Virtual currencies and anonymous prepaid cards", "Cooperation between Financial Intelligence Units",
            "Implementation of the fourth AML Directive", "AOB"], m.Items.Select(i => i.Title));

        Assert.Equal([(D("2018-06-07"), null, 2)], Of(m, EventKind.NextMeeting));
        Assert.Equal([(D("2018-04-24"), null, 2)], Of(m, EventKind.Workshop));
        Assert.Equal([(D("2018-07-01"), D("2018-12-31"), 3), (D("2018-05-01"), D("2018-05-10"), 3), (D("2018-05-17"), null, 6),
            (D("2018-06-21"), D("2018-06-30"), 7)], Of(m, EventKind.Event));
        Assert.Equal([D("2018-02-23"), D("2017-06-26"), D("2018-02-20"), D("2017-12-14"), D("2017-06-26")],
            m.Events.Where(e => e.Kind == EventKind.PastEvent).Select(e => e.Date));
        Assert.DoesNotContain(m.Events, e => e.Date == D("2018-04-19"));

        Assert.Equal([(D("2018-05-15"), 3, "written comments on the methodology", "delegations", "6512/18"),
            (D("2018-03-30"), 5, "further comments on the Presidency non-paper (doc. 6790/18)", "delegations", "6790/18")],
            m.Deadlines.Select(d => (d.Date, d.Item, d.Subject, d.RequestedFrom, Assert.Single(d.Documents))));

        Assert.Equal(["Commission (DG FISMA)", "DE", "FR", "SI", "Commission"], m.Items[2].Actors);
        Assert.Equal(["Europol", "AT", "IT", "Presidency"], m.Items[4].Actors);
        Assert.Single(m.Items[3].FollowUps);
        Assert.Equal(["WK 2890/2018", "6790/18"], m.Items[4].Documents);
    }

    [Fact]
    public void Copen_minutes_dated_by_their_on_field_not_the_later_issue_date_with_a_date_in_the_next_year()
    {
        var m = SampleMinutes.Parse("minutes-copen-2018-10.txt");

        Assert.Equal(("2018-10-05-copen", "Working Party on Judicial Cooperation in Criminal Matters", D("2018-10-05"), false),
            (m.Id, m.Body, m.Date, m.DateInferred));
        Assert.Equal(8, m.Items.Count);
        Assert.Equal("Proposal for a Regulation on European Production and Preservation Orders (e-evidence)", m.Items[2].Title);

        Assert.Equal([(D("2018-10-23"), D("2018-10-24"), 2)], Of(m, EventKind.NextMeeting));
        Assert.Equal([(D("2018-11-15"), D("2018-11-16"), 2)], Of(m, EventKind.Workshop));
        Assert.Contains((D("2019-01-15"), null, 7), Of(m, EventKind.Event));
        Assert.Contains((D("2020-07-01"), D("2020-12-31"), 6), Of(m, EventKind.Event));
        Assert.Contains((D("2018-12-06"), null, 8), Of(m, EventKind.Event));
        Assert.Equal([D("2018-07-12"), D("2018-09-18"), D("2017-11-14"), D("2017-12-01")],
            m.Events.Where(e => e.Kind == EventKind.PastEvent).Select(e => e.Date));

        Assert.Equal([(D("2018-10-19"), 3, "comments on the revised text", "delegations", "12114/18"),
            (D("2018-10-31"), 5, "replies to the questionnaire", "delegations", "11567/18")],
            m.Deadlines.Select(d => (d.Date, d.Item, d.Subject, d.RequestedFrom, Assert.Single(d.Documents))));

        Assert.Equal(["Presidency", "Commission (DG Justice)", "EL", "NL", "LT", "LV", "Council Legal Service"], m.Items[2].Actors);
        Assert.Equal(["Commission", "PT", "HR"], m.Items[6].Actors);
        Assert.Single(m.Items[3].FollowUps);
    }

    [Fact]
    public void Terrorism_minutes_in_pdf_extracted_shape_dated_by_the_file_name()
    {
        var m = SampleMinutes.Parse("2019-02-20-twp-minutes.txt");

        Assert.Equal(("2019-02-20-twp", "Working Party on Terrorism", D("2019-02-20"), false), (m.Id, m.Body, m.Date, m.DateInferred));
        Assert.Equal(["Adoption of the agenda", "Information from the Presidency",
            "Returning foreign terrorist fighters and their families - follow-up to the Council conclusions",
            "Terrorist content online", "Implementation of the Counter-Terrorism Agenda", "AOB"], m.Items.Select(i => i.Title));

        Assert.Equal([(D("2019-03-27"), null, 2)], Of(m, EventKind.NextMeeting));
        Assert.Equal([(EventKind.Event, "moved")], m.Events.Where(e => e.Date == D("2019-03-20")).Select(e => (e.Kind, e.Status)));
        Assert.Equal([(D("2019-04-02"), D("2019-04-03"), 2)], Of(m, EventKind.Workshop));
        Assert.Equal([(D("2019-03-20"), null, 2), (D("2019-03-21"), D("2019-03-31"), 4), (D("2019-05-14"), null, 6)], Of(m, EventKind.Event));
        Assert.Equal([D("2018-12-06"), D("2019-02-07"), D("2018-01-01"), D("2018-10-04")],
            m.Events.Where(e => e.Kind == EventKind.PastEvent).Select(e => e.Date));

        Assert.Equal([(D("2019-03-08"), 3, "input on the draft recommendations", "Member States", "5963/19"),
            (D("2019-03-22"), 5, "drafting suggestions on the accompanying conclusions", "delegations", "6118/19")],
            m.Deadlines.Select(d => (d.Date, d.Item, d.Subject, d.RequestedFrom, Assert.Single(d.Documents))));

        Assert.Equal(["INTCEN", "NL", "DK", "BE"], m.Items[2].Actors);
        Assert.Equal(["Commission (DG Home)", "Europol", "ES"], m.Items[3].Actors);
        var item4 = string.Join(" ", m.Items[3].Paragraphs.Select(p => p.Text));
        Assert.Contains("counter-terrorism tools", item4);
        Assert.Contains("preventing radicalisation online", item4);
        Assert.Single(m.Items[4].FollowUps);
    }
}
