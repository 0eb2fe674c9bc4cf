using WorkingParty.Cards.AdaptiveCards;
using WorkingParty.Cards.Tests.Samples;

namespace WorkingParty.Cards.Tests;

/// <summary>The agenda with each item's lettered parts; asked what happened, with its documents and concluding sentence too, on the card and in text.</summary>
public sealed class AgendaSummaryReplyTests
{
    private const string Concluded = "The Chair concluded that the Presidency would prepare a revised text.";

    [Fact]
    public void An_agenda_line_shows_its_documents_and_concluding_sentence_when_it_has_them()
    {
        var agenda = SeedAnswers.Agenda();
        var answer = agenda with
        {
            Items = [agenda.Items[0] with { Documents = ["8120/32", "8121/32"], Summary = Concluded }, .. agenda.Items.Skip(1)],
        };

        var reply = SampleCards.Replies.Build(answer);
        var json = CardJson.Serialize(reply.Card);

        Assert.Contains("8120/32, 8121/32", json);
        Assert.Contains(Concluded, json);
        Assert.Contains("Documents: 8120/32, 8121/32", reply.Text);
        Assert.Contains(Concluded, reply.Text);
    }

    [Fact]
    public void An_agenda_line_shows_the_lettered_parts_of_its_item()
    {
        var agenda = SeedAnswers.Agenda();
        var answer = agenda with { Items = [agenda.Items[0] with { SubItems = ["a) Tide gauge survey", "b) Presidency progress report"] }, .. agenda.Items.Skip(1)] };

        var reply = SampleCards.Replies.Build(answer);

        Assert.Contains("b) Presidency progress report", CardJson.Serialize(reply.Card));
        Assert.Contains("a) Tide gauge survey", reply.Text);
    }

    [Fact]
    public void A_plain_agenda_shows_no_documents_line() =>
        Assert.DoesNotContain("Documents:", SampleCards.Replies.Build(SeedAnswers.Agenda()).Text);
}
