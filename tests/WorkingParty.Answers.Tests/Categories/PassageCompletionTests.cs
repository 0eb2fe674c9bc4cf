using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// A sentence found for a question is quoted on to the sentence of its paragraph, one or two further, that says the word
/// of the question it lacks: the Group's finding two sentences after the presentation it concludes.
/// </summary>
public class PassageCompletionTests
{
    private static readonly DateOnly Today = new(2040, 5, 2);

    private static readonly Meeting Regimes = InventedMinutes.Read("""
        Brussels, 28 April 2040
        (OR. en)
        8120/40
        LIMITE
        OUTCOME OF PROCEEDINGS
        From: General Secretariat of the Council
        On: 24 April 2040
        To: Working Party on Shipping Taxation
        Subject: Outcome of proceedings

        1. Adoption of the agenda
        The agenda was adopted.
        2. Notified regimes
        – Tonnage tax regimes
        The Commission presented its assessment of the modified tonnage tax regimes notified by Greece and Croatia against the agreed criteria. The Greek delegation explained that the transitional period for the old regime would end on 31 December 2042. The Group agreed that both regimes were not harmful, subject to the annual monitoring report.
        – Other regimes
        Malta informed the Group of a new regime for yachts.
        """, "shipping-tax-2040-04.txt");

    [Fact]
    public void The_quotation_goes_on_to_the_sentence_saying_the_word_asked()
    {
        var answerer = new QuestionAnswerer([Regimes], new NoScheduleChanges());

        var answer = Assert.IsType<PassagesAnswer>(answerer.Answer("were the greek and croatian tonnage tax regimes found harmful", Today));

        Assert.Contains(answer.Passages, p => p.Text.Contains("not harmful", StringComparison.Ordinal));
    }
}
