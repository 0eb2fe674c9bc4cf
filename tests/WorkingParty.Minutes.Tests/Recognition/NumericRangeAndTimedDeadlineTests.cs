using WorkingParty.Council;
using WorkingParty.Minutes.Definitions;
using WorkingParty.Minutes.Model;
using WorkingParty.Minutes.Recognition;
using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Recognition;

/// <summary>
/// Numeric day ranges written with dots or slashes in one month or across two ("(11-13.09.2032)", "29.10.-2.11.2032"),
/// and deadlines given with a time of day before the date ("by close of business on", "by 14:00 CET on").
/// </summary>
public class NumericRangeAndTimedDeadlineTests
{
    private static readonly MinutesDefinitions Definitions = MinutesDefinitions.Default;
    private static readonly PatternTemplate Template = new(Definitions, DelegationTable.Default);

    [Theory]
    [InlineData("the study visit (11-13.09.2032) in Gdansk", "2032-09-11", "2032-09-13")]
    [InlineData("the plenary, 11.-13.9.2032, in Gdansk", "2032-09-11", "2032-09-13")]
    [InlineData("the plenary on 11 - 13/09/2032 in Gdansk", "2032-09-11", "2032-09-13")]
    [InlineData("the study visit (29.10.-2.11.2032) in Gdansk", "2032-10-29", "2032-11-02")]
    [InlineData("the study visit (29.10 - 02.11.2032) in Gdansk", "2032-10-29", "2032-11-02")]
    public void A_numeric_day_range_is_one_date_span(string text, string start, string end)
    {
        var mention = Assert.Single(new DateRecognizer(Definitions, Template).Recognize(text));

        Assert.Equal((D(start), (DateOnly?)D(end), DatePrecision.Day), (mention.Resolve(2032).Start, mention.Resolve(2032).End, mention.Precision));
    }

    [Theory]
    [InlineData("Delegations that had not yet answered were invited to do so no later than 21/9.")]
    [InlineData("Replies to the survey should reach the Secretariat by 21/09.")]
    public void A_day_and_month_written_with_a_slash_after_a_deadline_word_is_the_due_date(string sentence) =>
        Assert.Equal(D("2032-09-21"), Assert.Single(Read($"Brussels, 14 September 2032\nOUTCOME OF PROCEEDINGS\nOn: 8 September 2032\nTo: Delegations\nSubject: Working Party on Inland Waterways\n\n1. Lock survey\n\n{sentence}").Deadlines).Date);

    [Theory]
    [InlineData("the position was carried by 2/3 of the votes")]
    [InlineData("doc. 11/20 was examined")]
    [InlineData("the share rose from 1/4 to 1/3 majority")]
    public void A_fraction_or_a_reference_is_no_day_and_month(string text) =>
        Assert.Empty(new DateRecognizer(Definitions, Template).Recognize(text));

    [Theory]
    [InlineData("Delegations were invited to send their comments by close of business on 21 September 2032.")]
    [InlineData("Delegations were invited to send their comments by COB 21 September 2032.")]
    [InlineData("Written comments should reach the Secretariat by 14:00 CET on 21 September 2032.")]
    [InlineData("Delegations were asked to submit drafting suggestions by noon on 21 September.")]
    [InlineData("Comments are welcome by the end of the working day on 21 September.")]
    [InlineData("Delegations may send observations before midnight on 21 September 2032.")]
    [InlineData("Delegations were invited to confirm their participation by 17.00 hrs (Brussels time) on 21 September.")]
    public void A_time_of_day_before_the_date_keeps_the_deadline(string sentence)
    {
        var m = Read($"Brussels, 14 September 2032\nOUTCOME OF PROCEEDINGS\nOn: 8 September 2032\nTo: Delegations\nSubject: Working Party on Land Transport\n\n1. Road charging\n\n{sentence}");

        Assert.Equal(D("2032-09-21"), Assert.Single(m.Deadlines).Date);
        Assert.DoesNotContain(m.Events, e => e.Date == D("2032-09-21"));
    }
}
