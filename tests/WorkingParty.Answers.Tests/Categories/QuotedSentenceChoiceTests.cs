using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// Which sentences a passages answer quotes: asked who, a sentence on the topic that names no delegation goes on to the
/// next one of its paragraph naming some ("... the returns received so far. Cion asked the MS that had not yet done so
/// (BG, LT) to provide them." for "which delegations still owe returns?"); "more info" is the minutes' "further information", not "more time".
/// </summary>
public class QuotedSentenceChoiceTests
{
    private static readonly DateOnly Today = new(2039, 2, 10);

    private static readonly Meeting Rescue = InventedMinutes.Read("""
        Brussels, 3 February 2039
        (OR. en)
        WK 1460/2039
        LIMITE
        OUTCOME OF PROCEEDINGS
        From: General Secretariat of the Council
        On: 1 February 2039
        To: Working Party on Mountain Rescue
        Subject: Outcome of the meeting of the Working Party on Mountain Rescue

        1. Adoption of the agenda
        The agenda was adopted as set out in CM 1102/39.
        2. General rescue authorisations
        Cion presented a first overview of the use of the rescue schemes RS001 to RS004 in 2038, based on the returns received so far. Cion asked the Member States that had not yet done so (BG, LT and MT) to provide them at the latest by 20 February.
        3. Notified training schemes
        The Commission presented the list of 14 training schemes notified since the last report. After discussion, the Group agreed to request further information on two schemes notified by Slovenia and Croatia. The Member States concerned were asked to reply by 1 March.
        4. Avalanche maps
        At the request of several delegations, the deadline for replies on the avalanche maps was extended to 6 March.
        """, "rescue-2039-02.txt");

    private readonly QuestionAnswerer _answerer = new([Rescue], new NoScheduleChanges());

    private string Quoted(string question) => _answerer.Answer(question, Today) switch
    {
        PassagesAnswer p => string.Join(' ', p.Passages.Select(s => s.Text)),
        SpeakersAnswer s => string.Join(' ', s.Passages.Select(p => p.Text)),
        var other => other.GetType().Name,
    };

    [Fact]
    public void Asked_who_a_sentence_naming_no_delegation_goes_on_to_the_next_naming_some()
    {
        Assert.Contains("BG, LT and MT", Quoted("which delegations still owe scheme returns"));
    }

    [Fact]
    public void More_info_is_further_information()
    {
        Assert.Contains("Slovenia and Croatia", Quoted("whose schemes need more info"));
    }
}
