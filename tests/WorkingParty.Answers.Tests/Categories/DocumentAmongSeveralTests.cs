using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// "Which document is X" where the minutes cite several: the reference the question's words stand by, the noun of its
/// kind ("non-paper"), the item about the topic rather than one naming it in passing, "US" as the United States.
/// </summary>
public class DocumentAmongSeveralTests
{
    private static readonly DateOnly Today = new(2031, 6, 30);

    private static readonly Meeting Fisheries = InventedMinutes.Read("""
        Brussels, 20 June 2031
        (OR. en)
        9120/31
        PECHE 88
        OUTCOME OF PROCEEDINGS
        From: General Secretariat of the Council
        On: 16 June 2031
        To: Working Party on Internal Fisheries Policy
        Subject: Outcome of proceedings
        1. Adoption of the agenda
        The agenda (CM 3010/31) was adopted.
        2. Proposal for a Regulation on quota exchanges
        The Presidency introduced the proposal (doc. 5555/31 - COM(2030) 12 final) and its first compromise suggestions on Articles 1 to 4 (doc. 6666/31). Delegations entered scrutiny reservations.
        3. Mobile inspection units
        The Chair presented a non-paper on mobile border labs (doc. 7777/31) and recalled the partial agreement reached in May (8888/31).
        4. Import scheme for processed products
        The Presidency presented the compromise on the import scheme (doc. 3333/31), as well as its interaction with the fishing reform.
        5. Reform of the Fishing Control Code
        Cion presented the reform package (ST 4444/31 + ADD 1). Several delegations asked for more time.
        6. External relations
        a) Recommendation for a Council Decision authorising participation in negotiations on a protocol to the Council of Europe convention (ST 2222/31)
        The Commission presented the recommendation. Two delegations raised questions.
        b) Recommendation for a Council Decision authorising negotiations with the United States of America on access to shipping data (doc. 1111/31)
        The Commission presented the recommendation. Delegations supported it.
        7. AOB
        No points were raised.
        """, "fisheries-2031-06.txt");

    private readonly QuestionAnswerer _answerer = new([Fisheries], new NoScheduleChanges());

    private string Reference(string question) => Assert.IsType<DocumentAnswer>(_answerer.Answer(question, Today)).Reference;

    [Fact]
    public void The_reference_standing_by_the_matching_words_is_the_one_asked_for() =>
        Assert.Equal("6666/31", Reference("doc number of the pres compromise suggestions"));

    [Fact]
    public void A_kind_noun_picks_the_reference_it_introduces() =>
        Assert.Equal("7777/31", Reference("which non-paper was on the table"));

    [Fact]
    public void A_topic_named_in_passing_loses_to_the_item_about_it() =>
        Assert.Contains("4444/31", Reference("which doc was the fishing reform"), StringComparison.Ordinal);

    [Fact]
    public void Upper_case_US_is_the_United_States() =>
        Assert.Equal("1111/31", Reference("which doc is the recommendation on the negotiations with the US"));
}
