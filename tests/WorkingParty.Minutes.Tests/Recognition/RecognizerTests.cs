using WorkingParty.Council;
using WorkingParty.Minutes.Definitions;
using WorkingParty.Minutes.Model;
using WorkingParty.Minutes.Recognition;
using WorkingParty.Minutes.Text;

namespace WorkingParty.Minutes.Tests.Recognition;

public class RecognizerTests
{
    private static readonly MinutesDefinitions Definitions = MinutesDefinitions.Default;
    private static readonly PatternTemplate Template = new(Definitions, DelegationTable.Default);

    [Theory]
    [InlineData("Hungary", "HU")]
    [InlineData("Hungarian", "HU")]
    [InlineData("the HU delegation", "HU")]
    [InlineData("The Czech delegation", "CZ")]
    [InlineData("Czech Republic", "CZ")]
    [InlineData("Greece", "EL")]
    [InlineData("United Kingdom", "UK")]
    [InlineData("slovenia", "SI")]
    [InlineData("IRL", "IE")]
    public void The_delegation_table_finds_codes_by_country_and_adjective(string name, string code) =>
        Assert.Equal(code, DelegationTable.Default.Find(name)?.Code);

    [Fact]
    public void The_delegation_table_holds_the_27_member_states_the_uk_and_the_associated_states()
    {
        Assert.Equal(32, DelegationTable.Default.All.Select(d => d.Code).Distinct().Count());
        Assert.Equal(27, DelegationTable.Default.MemberStates.Count);
        Assert.Null(DelegationTable.Default.Find("Narnia"));
    }

    [Theory]
    [InlineData("meeting (31/1-1/2/2017) in Strasbourg", "2017-01-31", "2017-02-01", DatePrecision.Day)]
    [InlineData("held on 23-24 February in Malta", "2017-02-23", "2017-02-24", DatePrecision.Day)]
    [InlineData("from 30 May - 2 June 2017", "2017-05-30", "2017-06-02", DatePrecision.Day)]
    [InlineData("at the end of May", "2017-05-21", "2017-05-31", DatePrecision.PartOfMonth)]
    [InlineData("in the second half of 2018", "2018-07-01", "2018-12-31", DatePrecision.HalfYear)]
    [InlineData("would be held in June", "2017-06-01", "2017-06-30", DatePrecision.Month)]
    [InlineData("on 1st March 2019", "2019-03-01", null, DatePrecision.Day)]
    public void Dates_are_read_with_their_range_and_precision(string text, string start, string? end, DatePrecision precision)
    {
        var mention = Assert.Single(new DateRecognizer(Definitions, Template).Recognize(text));
        var (from, to) = mention.Resolve(2017);

        Assert.Equal((DateOnly.Parse(start), end is null ? (DateOnly?)null : DateOnly.Parse(end), precision), (from, to, mention.Precision));
    }

    [Theory]
    [InlineData("held on 11 and 12 May 2015", "2015-05-11", "2015-05-12")]
    [InlineData("held on 31 July and 1 August 2019", "2019-07-31", "2019-08-01")]
    public void Two_days_joined_by_and_are_one_meeting_when_the_second_is_the_next(string text, string start, string end)
    {
        var mention = Assert.Single(new DateRecognizer(Definitions, Template).Recognize(text));

        Assert.Equal((DateOnly.Parse(start), (DateOnly?)DateOnly.Parse(end)), mention.Resolve(2010));
    }

    [Theory]
    [InlineData("would meet again on 7 and 23 November 2015", "2015-11-07", "2015-11-23", "7|23 November 2015")]
    [InlineData("would meet on 2nd and 16th June 2015", "2015-06-02", "2015-06-16", "2nd|16th June 2015")]
    [InlineData("would meet on 9 October and 6 November 2015", "2010-10-09", "2015-11-06", "9 October|6 November 2015")]
    public void Days_joined_by_and_further_apart_are_two_dates(string text, string first, string second, string spans)
    {
        var mentions = new DateRecognizer(Definitions, Template).Recognize(text);

        Assert.Equal([DateOnly.Parse(first), DateOnly.Parse(second)], mentions.Select(m => m.Resolve(2010).Start));
        Assert.All(mentions, m => Assert.False(m.IsRange));
        Assert.Equal(spans.Split('|'), mentions.Select(m => text.Substring(m.Index, m.Length)));
    }

    [Fact]
    public void A_range_with_a_dash_stays_whole_before_a_later_day_joined_by_and()
    {
        var mentions = new DateRecognizer(Definitions, Template).Recognize("would meet on 3 June, 10-11 June and 24 June 2036");

        Assert.Equal(
            [(new DateOnly(2036, 6, 3), (DateOnly?)null), (new DateOnly(2036, 6, 10), new DateOnly(2036, 6, 11)), (new DateOnly(2036, 6, 24), null)],
            mentions.Select(m => m.Resolve(2036)));
    }

    [Theory]
    [InlineData("The EEAS may wish to comment.")]
    [InlineData("Article 31 February reads")]
    [InlineData("the 2016 Communication and their 2017 report")]
    public void Words_that_only_look_like_dates_are_not_dates(string text) =>
        Assert.Empty(new DateRecognizer(Definitions, Template).Recognize(text));

    [Fact]
    public void Document_references_are_normalised()
    {
        var documents = new DocumentReferenceRecognizer(Definitions, Template);

        Assert.Equal(["CM 1551/1/17 REV 1", "7021/17", "WK 2981/2017", "ST 9876/18 ADD 1"],
            documents.Recognize("docs. CM 1551/1/17 REV1, 7021/17, WK 2981/2017 and ST 9876/18 ADD 1, not 31/1-1/2/2017"));
    }

    [Fact]
    public void Sentences_do_not_end_at_abbreviations()
    {
        var sentences = new SentenceSplitter(Definitions).Split(
            "The agenda (doc. CM 1551/1/17 REV 1) was adopted. Tools, e.g. CGN filters, were discussed. The Commission (DG Home) agreed.");

        Assert.Equal(["The agenda (doc. CM 1551/1/17 REV 1) was adopted.", "Tools, e.g. CGN filters, were discussed.", "The Commission (DG Home) agreed."], sentences);
    }

    [Fact]
    public void Actors_are_named_canonically_and_places_are_not_delegations()
    {
        var actors = new ActorRecognizer(Definitions, Template, DelegationTable.Default);
        const string sentence = "The German and French delegations, FR, Slovenia, EUROJUST, Europol/EC3 and the Commission (DG CNECT) met in Malta.";

        Assert.Equal(["DE", "FR", "FR", "SI", "Eurojust", "Europol", "Commission (DG Connect)"], actors.Recognize(sentence).Select(a => a.Name));
    }

    [Fact]
    public void A_delegation_under_the_code_older_minutes_give_it_is_that_delegation()
    {
        var actors = new ActorRecognizer(Definitions, Template, DelegationTable.Default);

        Assert.Equal(["SE", "IE"], actors.Recognize("The Swedish delegation and IRL asked for a longer transition period for the vessels concerned.").Select(a => a.Name));
    }
}
