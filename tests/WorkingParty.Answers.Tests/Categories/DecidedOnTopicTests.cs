using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;
using static WorkingParty.Answers.Tests.Categories.ShippingMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// "What was decided on the licence format?" asks about a document's format, not how the meeting was held; "what was
/// agreed on X?" quotes the Chair's conclusion after the sentences on X, with what follows from it.
/// </summary>
public class DecidedOnTopicTests
{
    private static readonly DateOnly Day = new(2035, 4, 20);

    private readonly QuestionAnswerer _answerer = new(
    [
        new Meeting("pilots-2035-04-03", "Working Party on River Pilots", new DateOnly(2035, 4, 3), false, "Outcome of proceedings", "pilots-2035-04.txt",
            [
                Item(1, "Adoption of the agenda", [], P(null, S("The agenda was adopted. The meeting was held online."))),
                Item(2, "River pilot licence - revision of the common format", [],
                    P(null, S("The Secretariat presented a note on the weaknesses of the current licence format."),
                        S("The Chair concluded that the Secretariat would prepare a specimen with a hologram for a future meeting.", "Presidency"))),
                Item(3, "Pilot registers online - state of play", [], P(null, S("The online register was now operational."))),
                Item(4, "Cooperation in border sections", [],
                    P(null, S("The Slovak delegation suggested that joint pilotage drills be extended to further stretches of the Danube.", "SK")),
                    P(null, S("The Chair noted broad support and asked the Commission to list candidate stretches.", "Presidency"),
                        S("Delegations were invited to send their views by 2 May 2035."))),
            ],
            [],
            []),
    ], new NoScheduleChanges());

    [Fact]
    public void A_format_word_of_the_topic_asks_no_meeting_format()
    {
        var answer = _answerer.Answer("what was decided on the licence format?", Day);
        var text = answer switch
        {
            AgendaItemAnswer a => string.Join(' ', a.Said.Select(s => s.Text)),
            PassagesAnswer p => string.Join(' ', p.Passages.Select(s => s.Text)),
            _ => answer.GetType().Name,
        };
        Assert.Contains("hologram", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what was agreed on joint pilotage drills on the danube")]
    [InlineData("outcome on the pilotage drills?")]
    public void What_was_agreed_quotes_the_conclusion_after_the_sentences_on_the_topic(string question)
    {
        var answer = Assert.IsType<PassagesAnswer>(_answerer.Answer(question, Day));
        var text = string.Join(' ', answer.Passages.Select(p => p.Text));
        Assert.Contains("candidate stretches", text, StringComparison.Ordinal);
        Assert.Contains("2 May 2035", text, StringComparison.Ordinal);
    }
}
