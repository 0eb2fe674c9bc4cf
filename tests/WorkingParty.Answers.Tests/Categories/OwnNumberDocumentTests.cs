using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// The minutes' own number, printed in a page footer that a sentence ran into, is no document the sentence cites: asked
/// which document a proposal is, the answer never gives it.
/// </summary>
public class OwnNumberDocumentTests
{
    private const string Text = "Brussels, 19 April 2041\n8812/41\nOUTCOME OF PROCEEDINGS\nOn: 9 April 2041\nTo: Delegations\n"
        + "Subject: Working Party on Glacier Monitoring\n\n1. Adoption of the agenda\n\nThe agenda was adopted.\n\n"
        + "2. Proposal for a Regulation on glacier permits\n\nThe Presidency presented its compromise text.\n\n"
        + "SE, supported by DK, questioned the need to extend the glacier permit regime to huts 8812/41 RT/cb 2 DG E 3 II EN";

    [Fact]
    public void Asked_which_document_a_proposal_is_the_minutes_own_number_is_never_the_answer()
    {
        var answerer = new QuestionAnswerer([InventedMinutes.Read(Text, "glaciers-2041-04.txt")], new NoScheduleChanges());

        var answer = answerer.Answer("which doc is the glacier permit proposal", new DateOnly(2041, 4, 20));

        Assert.False(answer is DocumentAnswer { Reference: "8812/41" }, "answered with the minutes' own number");
    }
}
