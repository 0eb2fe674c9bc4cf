using WorkingParty.Minutes.Extraction;
using WorkingParty.Minutes.Model;
using WorkingParty.Minutes.Reading;

namespace WorkingParty.Minutes.Tests.Layouts;

/// <summary>
/// Minutes we wrote in the shapes real Council PDFs come out as (see shared/real-minutes): one field or phrase per
/// line, flattened onto one line with runs of spaces, and labels in a column apart from their values.
/// </summary>
public class CouncilLayoutTests
{
    private static readonly DateOnly NoFallback = new(2000, 1, 1);

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static Meeting Read(string file)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Layouts", "Documents", file));
        var result = MinutesParser.Default.Parse(text, file, IngestOptions.None, NoFallback);
        return result.Meeting ?? throw new Xunit.Sdk.XunitException($"{file} was refused: {result.Rejection}");
    }

    [Fact]
    public void One_phrase_per_line_with_numbers_alone_a_footer_inside_an_item_and_a_two_day_meeting()
    {
        var m = Read("lines-2022-05-law-enforcement.txt");

        Assert.Equal((D("2022-05-03"), D("2022-05-04"), MeetingDateSource.OnField, false), (m.Date, m.EndDate, m.Header.DateSource, m.DateInferred));
        Assert.Equal((D("2022-05-12"), "8817/22", "OUTCOME OF PROCEEDINGS", true), (m.Header.IssueDate, m.Header.DocumentNumber, m.Header.Kind, m.Header.Limite));
        Assert.Equal(["JAI 611", "ENFOPOL 244"], m.Header.Codes);
        Assert.Equal("Law Enforcement Working Party (Police)", m.Body);
        Assert.Equal(["Adoption of the agenda", "Information from the Presidency", "AOB"], m.Items.Select(i => i.Title));
        Assert.Equal([new SubItem("a", "Outcome of the seminar on drones"), new SubItem("b", "Work programme")], m.Items[1].SubItems);
        Assert.Equal(["a", "b", "b"], m.Items[1].Paragraphs.Select(p => p.SubItem));
        Assert.DoesNotContain(m.Items.SelectMany(i => i.Paragraphs), p => p.Text.Contains("KM/ft", StringComparison.Ordinal) || p.Text == "EN");

        Assert.Equal([(D("2022-06-08"), 2)], m.Events.Where(e => e.Kind == EventKind.NextMeeting).Select(e => (e.Date, e.Item)));
        Assert.Contains(m.Events, e => e is { Kind: EventKind.PastEvent, Doubt: null } && e.Date == D("2022-04-26"));
        var deadline = Assert.Single(m.Deadlines);
        Assert.Equal((D("2022-05-20"), "written comments on the work programme", "WK 6114/2022", null),
            (deadline.Date, deadline.Subject, Assert.Single(deadline.Documents), deadline.Doubt));
        Assert.Equal(["Commission"], m.Items[2].Actors);
    }

    [Fact]
    public void Flattened_text_with_header_items_sub_items_bullets_and_a_footer_on_one_line()
    {
        var m = Read("flattened-2018-11-frontiers.txt");

        Assert.Equal((D("2018-11-14"), MeetingDateSource.OnField), (m.Date, m.Header.DateSource));
        Assert.Equal((D("2018-11-21"), "14402/18", true), (m.Header.IssueDate, m.Header.DocumentNumber, m.Header.Limite));
        Assert.Equal(["COSI 288", "ENFOPOL 590"], m.Header.Codes);
        Assert.Equal("Working Party on Frontiers", m.Body);
        Assert.Equal(["Adoption of the agenda", "Smart borders", "Any other business"], m.Items.Select(i => i.Title));
        Assert.Equal(["Entry/Exit System: state of play", "ETIAS"], m.Items[1].SubItems.Select(s => s.Title));
        Assert.Equal(["\u2022 technical testing", "\u2022 training of border guards"], m.Items[1].Paragraphs.Skip(1).Take(2).Select(p => p.Text));
        Assert.DoesNotContain(m.Items.SelectMany(i => i.Paragraphs), p => p.Text.Contains("RS/mj", StringComparison.Ordinal) || p.Text == "1");
        Assert.Equal(["Commission", "DE", "FR", "PL", "Presidency"], m.Items[1].Actors);

        Assert.Equal([D("2019-01-17"), D("2019-02-05"), D("2019-02-26")],
            m.Events.Where(e => e.Kind == EventKind.NextMeeting).Select(e => e.Date));
        Assert.Contains(m.Events, e => e is { Kind: EventKind.Event, Status: "cancelled" } && e.Date == D("2018-12-10"));
        Assert.Equal([(D("2018-12-07"), "comments on the draft implementing act")], m.Deadlines.Select(d => (d.Date, d.Subject)));
    }

    [Fact]
    public void Labels_in_a_column_apart_from_their_values_a_footnote_and_a_postponed_meeting()
    {
        var m = Read("columns-2016-04-terrorism.txt");

        Assert.Equal((D("2016-04-06"), MeetingDateSource.OnField), (m.Date, m.Header.DateSource));
        Assert.Equal((D("2016-04-18"), "7935/16", "OUTCOME OF PROCEEDINGS"), (m.Header.IssueDate, m.Header.DocumentNumber, m.Header.Kind));
        Assert.Equal("Terrorism Working Party", m.Body);
        Assert.Equal([new Footnote("1", "7371/16 is also available to the European Parliament.")], m.Footnotes);
        var item = m.Items[1];
        Assert.Equal(2, item.Paragraphs.Count);
        Assert.Contains("gave an update. The Pres. invited", item.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("The Netherlands delegation stressed the need for better information exchange.", item.Paragraphs[1].Text, StringComparison.Ordinal);
        Assert.Equal(["Counter-Terrorism Coordinator", "BE", "Presidency", "NL", "Europol"], item.Actors);

        var next = Assert.Single(m.Events, e => e.Kind == EventKind.NextMeeting);
        Assert.Equal((D("2016-05-24"), "postponed"), (next.Date, next.Status));
        Assert.Equal([(EventKind.Event, "moved")], m.Events.Where(e => e.Date == D("2016-05-10")).Select(e => (e.Kind, e.Status)));
        Assert.Equal([(D("2016-04-29"), "contributions on the questionnaire")], m.Deadlines.Select(d => (d.Date, d.Subject)));
    }
}
