using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// "What was concluded on X?" when the sentence on X follows the Chair's conclusion under the same heading: the
/// conclusion is quoted with it.
/// </summary>
public class ConclusionBeforeTests
{
    private static readonly Meeting Dunes = InventedMinutes.Read("""
        Brussels, 12 March 2038
        (OR. en)
        6120/38
        OUTCOME OF PROCEEDINGS
        From: General Secretariat of the Council
        On: 3 March 2038
        To: Working Party on Coastal Protection
        Subject: Outcome of proceedings
        1. Adoption of the agenda
        The agenda was adopted.
        2. Coastal erosion
        a) Dune restoration plans
        The Commission presented its mapping of restoration projects.
        The Chair concluded that the Commission would revise the mapping in the light of the discussion. Member States were asked to send the contacts of their dune restoration coordinators by 20 March.
        b) Sediment transport
        Portugal presented its national study.
        """, "coastal-2038-03.txt");

    [Fact]
    public void The_conclusion_before_the_sentence_on_the_topic_is_quoted_with_it()
    {
        var answer = Assert.IsType<PassagesAnswer>(new QuestionAnswerer([Dunes], new NoScheduleChanges())
            .Answer("what was concluded on the dune restoration coordinators", new DateOnly(2038, 3, 14)));

        Assert.Contains(answer.Passages, p => p.Text.Contains("revise the mapping", StringComparison.Ordinal));
    }
}
