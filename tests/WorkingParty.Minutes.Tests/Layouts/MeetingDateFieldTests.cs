using WorkingParty.Minutes.Model;
using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Layouts;

/// <summary>
/// A meeting date written in the header is read, never inferred: under a "Dated:" label (in a column of labels or on
/// its line), after the body's name in the Subject ("Body, 11 May 2035 - Summary"), or in an opening sentence saying
/// where and when the discussions were held; a "Dated:" field that gives the issue day is not the meeting's.
/// </summary>
public class MeetingDateFieldTests
{
    private const string Items = "\n\n1. Varroa treatments\nThe Commission presented the study of 2 April 2035. Delegations welcomed it.\n\n2. AOB\nNone.";

    [Theory]
    [InlineData("Brussels, 19 May 2035\nOUTCOME OF PROCEEDINGS\nFrom:\nDated:\nPrev. doc.:\nSubject:\nWorking Party on Beekeeping\n11 May 2035\n8812/35\nSummary of the meeting")]
    [InlineData("Brussels, 19 May 2035\nOUTCOME OF PROCEEDINGS\nFrom: Working Party on Beekeeping\nDated: 11 May 2035\nTo: Delegations\nSubject: Summary of the meeting")]
    [InlineData("Brussels, 19 May 2035\nWORKING DOCUMENT\nTo: Delegations\nSubject: Working Party on Beekeeping, 11 May 2035 - Summary of discussions")]
    [InlineData("Brussels, 19 May 2035\nTo: Delegations\nSubject: Summary of discussions\n\nThis note sums up the discussions held in the Working Party on Beekeeping on 11 May 2035 (morning session).")]
    public void A_meeting_date_written_in_the_header_is_read_not_inferred(string header)
    {
        var m = Read(header + Items);

        Assert.Equal(D("2035-05-11"), m.Date);
        Assert.False(m.DateInferred);
    }

    [Fact]
    public void A_dated_field_that_gives_the_issue_day_is_not_the_meeting_date()
    {
        var m = Read("Brussels, 19 May 2035\nOUTCOME OF PROCEEDINGS\nDated: 19 May 2035\nTo: Delegations\nSubject: Working Party on Beekeeping held on 11 May 2035" + Items);

        Assert.Equal(D("2035-05-11"), m.Date);
    }
}
