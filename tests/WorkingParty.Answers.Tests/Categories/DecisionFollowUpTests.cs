using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// What was decided on a topic, what happens with it or its next step: the Chair's conclusion followed by the rest of its
/// paragraph, which tells what followed from it; an item that records no conclusion answered by the sentence that tells
/// what follows ("The Presidency will reflect on it.", "the text would be submitted to a silence procedure"); a decision
/// asked of a topic at a meeting named by its format ("at the VTC") is not a question on the format; "when do comments on
/// X have to be in" asks for a deadline.
/// </summary>
public class DecisionFollowUpTests
{
    private static readonly DateOnly Today = new(2038, 3, 20);

    private static readonly Meeting Beacons = InventedMinutes.Read("""
        Brussels, 12 March 2038
        (OR. en)
        WK 3310/2038
        LIMITE
        SUMMARY RECORD
        From: General Secretariat of the Council
        On: 9 March 2038
        To: Working Party on Maritime Safety
        Subject: Summary of the informal videoconference of the Working Party on Maritime Safety

        The meeting took place as an informal videoconference.

        1. Survey of navigation beacons
        The Chair noted that several coastal administrations had not finished counting their beacons. Given the storms, the Chair moved the date for the beacon counts from 1 March to 24 April 2038. Twelve administrations had sent complete counts.
        2. Draft Council Decision in support of the International Convention on Buoyage
        The Commission presented the draft Council Decision (ST 6120/38) continuing EU support for the ICB. The Maltese delegation asked for a review clause; the text was otherwise acceptable to all.
        Given the informal format, the Chair announced that the text would be submitted to a written silence procedure. Delegations may raise objections no later than 26.03.2038, 12.00.
        3. Pilotage guidelines
        The Presidency presented its draft guidelines on pilotage. PT proposed a separate chapter on river estuaries (WK 2950/2038). The Commission and several delegations expressed doubts. The Presidency will reflect on the chapter.
        Delegations were invited to send drafting suggestions on the guidelines by 30 March, so that the Presidency could table a revised text.
        4. AOB
        The Commission informed delegations of the draft implementing decision on lighthouse funding.
        """, "maritime-2038-03.txt");

    private readonly QuestionAnswerer _answerer = new([Beacons], new NoScheduleChanges());

    private PassagesAnswer Passages(string question) => Assert.IsType<PassagesAnswer>(_answerer.Answer(question, Today));

    [Fact]
    public void A_conclusion_found_is_quoted_with_what_follows_in_its_paragraph()
    {
        var answer = Passages("what was agreed on the beacon survey at the vtc?");

        Assert.Contains(answer.Passages, p => p.Text.Contains("24 April 2038", StringComparison.Ordinal));
    }

    [Fact]
    public void An_item_without_a_conclusion_is_answered_by_what_the_chair_said_would_follow()
    {
        var answer = Passages("what was decided on the ICB council decision?");

        Assert.Contains(answer.Passages, p => p.Text.Contains("silence procedure", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("what happens with the portuguese estuaries chapter?", "will reflect on the chapter")]
    [InlineData("what's the next step on the pilotage guidelines", "revised text")]
    public void What_happens_next_is_the_sentence_telling_what_follows(string question, string expected)
    {
        var answer = Passages(question);

        Assert.Contains(answer.Passages, p => p.Text.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void When_comments_have_to_be_in_asks_for_the_deadline()
    {
        var answer = Assert.IsType<DeadlinesAnswer>(_answerer.Answer("when do comments on the pilotage guidelines have to be in", Today));

        Assert.Contains(answer.Deadlines, d => d.Date == new DateOnly(2038, 3, 30));
    }
}
