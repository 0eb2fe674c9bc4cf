using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// A quoted sentence speaking of a deadline it does not date ("PL asked for more time; the Presidency replied that the
/// deadline could not be extended") is quoted after the sentence before it in its paragraph that sets the deadline.
/// </summary>
public class UndatedDeadlineSentenceTests
{
    private static readonly DateOnly Today = new(2044, 3, 2);

    private static readonly Meeting Signals = InventedMinutes.Read("""
        Brussels, 26 February 2044
        (OR. en)
        WK 2870/2044
        LIMITE
        OUTCOME OF PROCEEDINGS
        From: General Secretariat of the Council
        On: 24 February 2044
        To: Working Party on Rail Signalling
        Subject: Outcome of the meeting of the Working Party on Rail Signalling

        1. Adoption of the agenda
        The agenda was adopted as set out in CM 1710/44.
        2. Annex II - signal testing
        The Presidency explained that the technical work on the testing criteria had not been completed. Delegations were invited to submit their positions on the Annex II criteria until 9 March. The Polish and Czech delegations asked for more time to consult their rail authorities; the Presidency replied that the deadline could not be extended as the work had to be concluded by April.
        3. AOB
        The Commission informed delegations of a study on level crossings.
        """, "signalling-2044-02.txt");

    private readonly QuestionAnswerer _answerer = new([Signals], new NoScheduleChanges());

    [Fact]
    public void A_sentence_on_a_deadline_it_does_not_date_is_quoted_after_the_one_setting_it()
    {
        var answer = Assert.IsType<PassagesAnswer>(_answerer.Answer("can PL get more time on annex II?", Today));

        Assert.Contains(answer.Passages, p => p.Text.Contains("until 9 March", StringComparison.Ordinal)
            && p.Text.Contains("could not be extended", StringComparison.Ordinal));
    }
}
