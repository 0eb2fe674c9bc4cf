using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// A document asked by the kind of paper it is ("which discussion paper ...?") or by what became of it ("which summary
/// record was approved?"): the document the minutes say so of, not the meeting's agenda nor the list of minutes.
/// </summary>
public class DocumentNamedByKindTests
{
    private static readonly DateOnly Today = new(2036, 5, 20);

    private static readonly Meeting Lighthouses = InventedMinutes.Read("""
        Brussels, 12 May 2036
        (OR. en)
        8840/36
        MAR 77
        SUMMARY RECORD
        From: General Secretariat of the Council
        On: 6 May 2036
        To: Working Party on Maritime Signalling
        Subject: Summary record of the meeting of the Working Party on Maritime Signalling
        1. Adoption of the agenda
        The agenda (CM 2210/36) was adopted.
        2. Approval of the summary record of the meeting of 11 March
        The summary record (doc. 6120/36) was approved with a correction requested by the Irish delegation.
        3. Proposal for a Regulation on the automation of lighthouses
        The Presidency presented a discussion paper on remote monitoring (doc. 7701/36) and recalled the progress report noted in March (doc. 5530/36).
        LV and PT welcomed the paper. The Chair invited delegations to send written comments by 30 May.
        4. AOB
        No points were raised.
        """, "maritime-signalling-2036-05.txt");

    private readonly QuestionAnswerer _answerer = new([Lighthouses], new NoScheduleChanges());

    [Fact]
    public void A_paper_asked_by_its_kind_is_the_one_the_minutes_call_so()
    {
        var answer = Assert.IsType<DocumentAnswer>(_answerer.Answer("which discussion paper was on the table", Today));

        Assert.Equal("7701/36", answer.Reference);
        Assert.DoesNotContain(answer.Mentions, m => m.Text.Contains("5530/36", StringComparison.Ordinal) && !m.Text.Contains("7701/36", StringComparison.Ordinal));
    }

    [Fact]
    public void A_record_asked_by_its_approval_is_the_record_approved_not_the_list_of_minutes()
    {
        var answer = Assert.IsType<DocumentAnswer>(_answerer.Answer("which summary record was approved?", Today));

        Assert.Equal("6120/36", answer.Reference);
        Assert.Contains(answer.Mentions, m => m.Source.ItemTitle.Contains("11 March", StringComparison.Ordinal));
    }
}
