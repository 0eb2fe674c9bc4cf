using WorkingParty.Cards.Presentation;
using WorkingParty.Cards.Tests.Samples;

namespace WorkingParty.Cards.Tests;

/// <summary>The plain-text twins of the replies.</summary>
public sealed class ReplyTextTests
{
    private static string Text(object content) => SampleCards.Replies.Build(content).Text;

    [Fact]
    public void Every_card_kind_has_a_text_twin_with_its_headline()
    {
        Assert.All(SampleCards.All(), sample =>
        {
            Assert.False(string.IsNullOrWhiteSpace(sample.Text), sample.Kind);
            Assert.StartsWith(sample.Card.FallbackText!.Split(':')[0], sample.Text);
        });
    }

    [Fact]
    public void Deadlines_read_with_date_days_left_request_documents_and_citation()
    {
        var text = Text(SeedAnswers.Deadlines());

        Assert.Contains("- Wednesday 29 March 2017 (5 days left)", text);
        Assert.Contains("Requested: Written comments on the draft line to be taken", text);
        Assert.Contains("Documents: 7130/17", text);
        Assert.Contains("meeting of 15 March 2017, item 9: Joint EU Diplomatic Response to Cyber Operations (Cyber Toolbox)", text);
    }

    [Fact]
    public void The_agenda_item_says_who_said_what()
    {
        var text = Text(SeedAnswers.Item7());

        Assert.StartsWith("Item 7. United Nations Intergovernmental Expert Group", text);
        Assert.Contains("- Presidency: The Presidency invited delegations to send their written comments", text);
        Assert.Contains("Documents: 7130/17", text);
    }

    [Fact]
    public void User_text_is_shown_as_typed()
    {
        Assert.Contains(SampleCards.HostileComment, Text(SampleCards.Receipt()));
    }

    [Fact]
    public void A_long_list_stops_with_a_count()
    {
        var text = Text(SeedAnswers.TwoHundredDeadlines());

        Assert.Contains($"Showing 1 to {ReplyRequest.TextPageSize} of 200.", text);
        Assert.Contains($"Written comments number {ReplyRequest.TextPageSize} on", text);
        Assert.DoesNotContain($"Written comments number {ReplyRequest.TextPageSize + 1} on", text);
    }
}
