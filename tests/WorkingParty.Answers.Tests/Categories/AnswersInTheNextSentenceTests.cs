using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// Who answered a sentence on the topic in the sentence after it ("Portugal asked for a derogation. Malta and Cyprus
/// supported the request."); which delegations a sentence names when no delegation speaks in it ("the Commission asked
/// the Member States that had not yet done so (BG, SI and LV) to ..."); who still hasn't sent something; staying and
/// remaining; what a chair intends to do. A sentence that names delegations says itself who took which side.
/// </summary>
public class AnswersInTheNextSentenceTests
{
    private static readonly DateOnly Today = new(2038, 3, 20);

    private static readonly Meeting February = InventedMinutes.Read("""
        Brussels, 16 February 2038
        (OR. en)
        6120/38
        AVIATION 41
        OUTCOME OF PROCEEDINGS
        From: General Secretariat of the Council
        On: 11 February 2038
        To: Working Party on Aviation
        Subject: Summary of discussions
        1. Adoption of the agenda
        The agenda was adopted.
        2. Airport charges for island airports
        The Portuguese delegation asked the Commission to consider support for airports on outermost islands. Malta and Cyprus supported the request.
        3. Drone corridors
        The Commission announced a pilot project on urban drone corridors. Cities for the pilot would be chosen in April. LT and HR offered to host it.
        4. Aircraft noise
        The Commission recalled the reporting obligations under the noise directive. It asked the Member States that had not yet done so (BG, SI and LV) to send their noise maps by 1 March 2038.
        ES and IT asked that regional airports remain exempt from the night curfew. The Chair intends to reach a general approach on the noise directive by the end of May.
        DE and NL asked that regional airports be exempt from the night curfew in winter only.
        5. Slot allocation
        FI and AT regretted that no review clause was foreseen in the slot regulation. FR and ES considered a review premature.
        """, "aviation-2038-02.txt");

    private readonly QuestionAnswerer _answerer = new([February], new NoScheduleChanges());

    private SpeakersAnswer Speakers(string question) => Assert.IsType<SpeakersAnswer>(_answerer.Answer(question, Today));

    [Fact]
    public void Who_supported_a_delegation_is_who_answered_its_request_in_the_next_sentence() =>
        Assert.Equal(["MT delegation (Malta)", "CY delegation (Cyprus)"], Speakers("who supported portugal?").Actors.Take(2));

    [Fact]
    public void Who_volunteered_may_be_said_after_the_sentence_on_the_pilot()
    {
        var actors = Speakers("who volunteered for the drone corridor pilot tests").Actors;

        Assert.Contains("LT delegation (Lithuania)", actors);
        Assert.Contains("HR delegation (Croatia)", actors);
    }

    [Fact]
    public void A_sentence_naming_delegations_says_who_took_which_side_itself() =>
        Assert.DoesNotContain("FR delegation (France)", Speakers("who regretted that no review clause was foreseen").Actors);

    [Fact]
    public void Which_member_states_are_those_a_sentence_names_when_none_speaks() =>
        Assert.Equal(["BG delegation (Bulgaria)", "SI delegation (Slovenia)", "LV delegation (Latvia)"],
            Speakers("which MS still have to send noise maps").Actors.Take(3));

    [Fact]
    public void Who_hasnt_sent_something_asks_who_still_has_to_send_it() =>
        Assert.Contains("LV delegation (Latvia)", Speakers("which MS still hasn't sent noise maps").Actors);

    [Fact]
    public void Staying_is_remaining() =>
        Assert.Equal(["ES delegation (Spain)", "IT delegation (Italy)"], Speakers("who wanted regional airports to stay exempt from the curfew").Actors.Take(2));

    [Fact]
    public void What_a_chair_intends_is_what_it_said()
    {
        var answer = Assert.IsType<ActorStatementsAnswer>(_answerer.Answer("when does the chair want a general approach on noise", Today));

        Assert.Contains(answer.Statements, s => s.Text.Contains("end of May", StringComparison.Ordinal));
    }
}
