using System.Text.Json.Nodes;
using WorkingParty.Cards.AdaptiveCards;
using WorkingParty.Cards.Tests.Samples;

namespace WorkingParty.Cards.Tests;

/// <summary>The secretariat's list of stored minutes: where each came from, who published or withdrew it, with the one button that applies.</summary>
public sealed class StoredMinutesReplyTests
{
    [Fact]
    public void Each_entry_offers_review_and_withdraw_or_restore_as_it_stands_and_says_who_published_or_withdrew_it()
    {
        var reply = SampleCards.Replies.Build(ReviewSamples.StoredMinutes());
        var card = JsonNode.Parse(CardJson.Serialize(reply.Card))!;

        var buttons = card["body"]!.AsArray().OfType<JsonObject>().Where(e => (string?)e["type"] == "Container" && e["items"] is not null)
            .SelectMany(e => e["items"]!.AsArray().OfType<JsonObject>().Where(i => (string?)i["type"] == "ActionSet"))
            .SelectMany(set => set["actions"]!.AsArray().Select(action => ((string)action!["verb"]!, (string)action["data"]!["sourceId"]!))).ToList();
        Assert.Equal([
            ("minutes.review.open", "9f3c1a7e0b2d4c6e8a1b3c5d7e9f0a1b"),
            ("minutes.withdraw", "9f3c1a7e0b2d4c6e8a1b3c5d7e9f0a1b"),
            ("minutes.restore", "1a2b3c4d5e6f708192a3b4c5d6e7f809"),
            ("minutes.review.open", "0123456789abcdef0123456789abcdef"),
            ("minutes.withdraw", "0123456789abcdef0123456789abcdef"),
        ], buttons);
        var text = reply.Text.ReplaceLineEndings("\n");
        Assert.Contains("Stored minutes: 3 (1 withdrawn)", text);
        Assert.Contains("  3 corrections (1 no longer matching the minutes: kept, not applied)\n  Published by Maria Rossi, 27 March 2017, 16:05 Brussels time", text);
        Assert.Contains("  Withdrawn by Luca Bianchi, 27 March 2017, 16:07 Brussels time: not answered from.", text);
        Assert.Contains("  From the minutes folder\n  No corrections", text);
    }
}
