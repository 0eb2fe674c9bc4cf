using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Extraction;

/// <summary>
/// The meeting date stated in a header is read, not inferred from the text, whatever the header's shape: a column of
/// bare labels ("of", "on", "Subject :") before a column of values; a Subject naming the body, then a comma and the
/// date; an opening sentence giving the weekday before the date ("held on Tuesday 8 May").
/// </summary>
public class HeaderMeetingDateLayoutTests
{
    private const string Items = "\n\n1. Adoption of the agenda\nThe agenda was adopted.\n\n2. Lock gates\n" +
        "The Commission presented its study on lock gates. Comments were invited by 30 May 2034. The Chair recalled the meeting of 2 April 2034.";

    [Theory]
    [InlineData("OUTCOME OF PROCEEDINGS\nof\non\nSubject :\nWorking Party on Lock Gates\n8 May 2034\nSummary record of the meeting")]
    [InlineData("OUTCOME OF PROCEEDINGS\nfrom\non\nto\nSubject:\nGeneral Secretariat\n8 May 2034\nWorking Party on Lock Gates\nSummary record")]
    public void A_date_in_a_column_of_values_under_a_column_of_bare_labels_is_the_meeting_date(string header) =>
        ReadsTheEighthOfMay(header);

    [Theory]
    [InlineData("Subject: Informal videoconference of the members of the Working Party on Lock Gates, 08.05.2034 \u2013 Summary")]
    [InlineData("Subject: Working Party on Lock Gates, 8 May 2034")]
    [InlineData("Subject: Lock Gates Working Party, 8 May 2034 (videoconference)")]
    public void A_date_after_a_comma_closing_the_subject_is_the_meeting_date(string subject) =>
        ReadsTheEighthOfMay("NOTE\nFrom: Presidency\nTo: Delegations\n" + subject);

    [Theory]
    [InlineData("Delegations will find below a summary of the informal videoconference of the members of the Working Party on Lock Gates held on Monday 8 May 2034 (14.30-17.00).")]
    [InlineData("The Working Party on Lock Gates met on Monday, 8 May 2034.")]
    public void A_weekday_before_the_date_of_a_meeting_held_on_it_still_dates_the_meeting(string opening) =>
        ReadsTheEighthOfMay("NOTE\nFrom: Presidency\nTo: Delegations\nSubject: Summary of the informal videoconference of the members of the Lock\n\n" + opening);

    [Fact]
    public void A_meeting_over_the_turn_of_a_month_in_the_On_field_ends_on_its_second_day()
    {
        var m = Read("Brussels, 16 May 2034\nSUMMARY RECORD\nFrom: General Secretariat\nTo: Working Party on Lock Gates\nOn: 30 April and 1 May 2034\nSubject: Summary record" + Items);

        Assert.Equal((D("2034-04-30"), (DateOnly?)D("2034-05-01")), (m.Date, m.EndDate));
    }

    private static void ReadsTheEighthOfMay(string header)
    {
        var m = Read("Brussels, 16 May 2034\n" + header + Items);

        Assert.False(m.DateInferred);
        Assert.Equal(D("2034-05-08"), m.Date);
    }
}
