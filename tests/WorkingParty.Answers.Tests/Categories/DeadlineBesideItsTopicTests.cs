using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// A deadline asked by a topic its own sentence does not say: a paper asked by the words of the sentence announcing it
/// ("a revised non-paper on eel stocking ... as WK 5120/2034") gives the request on its number, with its sentence, though
/// the question also holds words the minutes never use ("stk coop").
/// </summary>
public class DeadlineBesideItsTopicTests
{
    private static readonly DateOnly Today = new(2034, 3, 20);

    private static readonly QuestionAnswerer Answerer = new([InventedMinutes.Read("""
        Brussels, 16 March 2034
        OUTCOME OF PROCEEDINGS
        From: General Secretariat of the Council
        On: 14 March 2034
        To: Working Party on Inland Fisheries
        Subject: Summary of the meeting of the Working Party on Inland Fisheries
        1. Proposal for a Regulation on the trade in glass eels
        The Commission presented its proposal (doc. 6120/34), which provides for a ban on exports of glass eels from 1 March 2040.

        SE and FI asked for an earlier date of application. The Irish delegation asked how the ban would be enforced.

        Delegations were invited to send written comments on the proposal by 4 April. The Presidency noted that the incoming Presidency would take the file forward.

        2. Restocking programmes
        The Commission announced that a revised non-paper on eel stocking would be circulated to delegations as WK 5120/2034. Delegations were invited to send written comments on WK 5120/2034 to the Commission by 11 April 2034.
        3. AOB
        The Presidency informed delegations of the conference on river continuity held in Ghent.
        """, "inland-fisheries-2034-03.txt")], new NoScheduleChanges());

    [Fact]
    public void A_paper_named_as_its_announcing_sentence_names_it_gives_the_request_on_its_number_with_its_sentence()
    {
        var answer = Assert.IsType<DeadlinesAnswer>(Answerer.Answer("by when do we comment on the stk coop non-paper", Today));

        var deadline = Assert.Single(answer.Deadlines);
        Assert.Equal(new DateOnly(2034, 4, 11), deadline.Date);
        Assert.False(deadline.IsCertain);
    }
}
