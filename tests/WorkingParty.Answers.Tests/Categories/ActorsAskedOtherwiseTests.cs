using WorkingParty.Answers.Model;
using WorkingParty.Answers.Retrieval;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// Who said what, asked in words the minutes put otherwise: a topic said only elsewhere under the delegation's item
/// ("what did Poland do on the dues compromise?" where the compromise has a paragraph of its own); a sub-item heading the
/// reader kept as a line ("a) Article 9 - Port state control"); a short name one meeting uses and another spells out; the
/// initials of a phrase opening a sentence or holding a skip word ("the EMSA", "CiM"), but not of words of a working
/// party's name ("CoA WP"); "whose"; who was absent asked without an attending word; planes and aircraft, the Med and the
/// Mediterranean.
/// </summary>
public class ActorsAskedOtherwiseTests
{
    private static readonly DateOnly Today = new(2037, 6, 20);

    private static readonly Meeting March = InventedMinutes.Read("""
        Brussels, 12 March 2037
        (OR. en)
        7120/37
        MAR 31
        OUTCOME OF PROCEEDINGS
        From: General Secretariat of the Council
        On: 9 March 2037
        To: Working Party on Shipping
        Subject: Summary of discussions
        1. Adoption of the agenda
        The agenda was adopted.
        2. Harbour dues for short sea shipping
        The Presidency reported that a provisional agreement had been reached with the European Parliament. The final compromise text was set out in doc. 7001/37.

        Spain could support the text. Poland entered a parliamentary scrutiny reservation. The Estonian delegation asked for a statement in the Council minutes. The Commission supported the Spanish position.

        The Working Party agreed to forward the compromise text to Coreper together with the Estonian statement.
        3. Carbon border tax on bunker fuels
        Latvia feared that the tax would lead to a relocation of bunkering to third-country ports.
        """, "shipping-2037-03.txt");

    private static readonly Meeting May = InventedMinutes.Read("""
        Brussels, 20 May 2037
        (OR. en)
        9540/37
        MAR 52
        OUTCOME OF PROCEEDINGS
        From: General Secretariat of the Council
        On: 11 May 2037
        To: Working Party on Shipping
        Subject: Summary of discussions
        1. Adoption of the agenda
        The agenda was adopted. The delegations of Cyprus and Ireland were not represented.
        2. Port state control directive
        The Presidency presented its revised text (doc. 9001/37).

        a) Article 9 - Port state control inspections

        Most delegations could accept the revised wording. The Greek delegation asked that the reference to "risk profile" be kept.
        3. Culture in Motion programme - interim review
        The Commission informed delegations that 20 national reports had been received. The three Member States which had not yet replied (CZ, HU and SK) were asked to send their reports by 30 June.
        4. Firefighting capacities
        The European Maritime Safety Agency presented its report on oil spill response vessels. HR, EL and MT called for an increase in the number of firefighting aircraft stationed in the Mediterranean.
        5. Questionnaire on port reception facilities
        At the request of the Slovak delegation, the Presidency agreed to extend the deadline for replies to the questionnaire to 15 June. The Presidency noted that the european maritime safety agency would be consulted.
        6. AOB
        The CBT will be discussed again in July.
        """, "shipping-2037-05.txt");

    private static readonly Meeting Auditors = InventedMinutes.Read("""
        Brussels, 8 June 2037
        (OR. en)
        10120/37
        FIN 410
        OUTCOME OF PROCEEDINGS
        From: General Secretariat of the Council
        On: 2 June 2037
        To: Working Party on the Court of Auditors
        Subject: Summary of discussions
        1. Annual report of the Court of Auditors on the 2036 budget
        The Presidency presented the draft Council recommendation.
        2. AOB
        The next meeting of the Working Party will take place on 30 June 2037.
        """, "auditors-2037-06.txt");

    private readonly QuestionAnswerer _answerer = new([March, May], new NoScheduleChanges());

    private static string Shown(Answer answer) => answer switch
    {
        ActorStatementsAnswer actor => string.Join(' ', actor.Statements.Select(s => s.Text)),
        SpeakersAnswer speakers => string.Join(' ', speakers.Actors) + " " + string.Join(' ', speakers.Passages.Select(p => p.Text)),
        PassagesAnswer passages => string.Join(' ', passages.Passages.Select(p => p.Text)),
        _ => answer.GetType().Name,
    };

    private string Ask(string question) => Shown(_answerer.Answer(question, Today));

    [Fact]
    public void What_a_delegation_did_on_a_topic_its_item_says_in_another_paragraph() =>
        Assert.Contains("parliamentary scrutiny reservation", Ask("what did poland do on the harbour dues compromise text"), StringComparison.Ordinal);

    [Fact]
    public void What_the_item_says_only_after_the_delegation_is_no_topic_it_spoke_to() =>
        Assert.IsNotType<ActorStatementsAnswer>(_answerer.Answer("what did estonia ask on forwarding it to coreper", Today));

    [Fact]
    public void A_sub_item_heading_kept_as_a_line_heads_the_paragraphs_under_it()
    {
        Paragraph Line(string text) => new(text, [new Statement(text, [])]);
        var item = new AgendaItem(2, "Proceedings", [Line("a) Article 9 - Port state control inspections"), Line("The Greek delegation asked for a risk profile.")], [], [], []);

        Assert.Equal("a) Article 9 - Port state control inspections", Sections.Of(item)[1]);
    }

    [Fact]
    public void A_short_name_one_meeting_uses_finds_the_meeting_that_spells_it_out()
    {
        var answer = Assert.IsType<ActorStatementsAnswer>(_answerer.Answer("what did latvia say about the CBT in march?", Today));

        Assert.Contains(answer.Statements, s => s.Text.Contains("relocation of bunkering", StringComparison.Ordinal));
    }

    [Fact]
    public void The_initials_of_a_phrase_with_a_skip_word_name_it() =>
        Assert.Contains("(CZ, HU and SK)", Ask("which MS haven't sent their CiM reports yet?"), StringComparison.Ordinal);

    [Fact]
    public void The_initials_of_a_phrase_opening_a_sentence_name_it() =>
        Assert.Contains("oil spill response vessels", Ask("what did the EMSA say"), StringComparison.Ordinal);

    [Fact]
    public void The_initials_of_words_of_a_working_partys_name_name_the_working_party()
    {
        var answer = Assert.IsType<NextMeetingsAnswer>(new QuestionAnswerer([Auditors], new NoScheduleChanges()).Answer("next CoA WP?", Today));

        Assert.Equal(new DateOnly(2037, 6, 30), answer.Dates[0].Date);
    }

    [Fact]
    public void Whose_is_no_topic_word()
    {
        var answer = Assert.IsType<ActorStatementsAnswer>(_answerer.Answer("whose position did the commission back on parliamentary scrutiny?", Today));

        Assert.Contains(answer.Statements, s => s.Text.Contains("supported the Spanish position", StringComparison.Ordinal));
    }

    [Fact]
    public void Who_was_not_at_the_meeting_is_who_was_absent() =>
        Assert.Contains("not represented", Ask("who wasnt at the may meeting?"), StringComparison.Ordinal);

    [Fact]
    public void Planes_in_the_med_are_aircraft_in_the_mediterranean()
    {
        var answer = Assert.IsType<SpeakersAnswer>(_answerer.Answer("who wants more firefighting planes in the med", Today));

        Assert.Equal(["HR delegation (Croatia)", "EL delegation (Greece)", "MT delegation (Malta)"], answer.Actors.Take(3));
    }
}
