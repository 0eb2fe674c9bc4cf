using System.Text.Json.Nodes;
using WorkingParty.Cards.Actions;
using WorkingParty.Cards.AdaptiveCards;
using WorkingParty.Cards.Tests.Samples;
using WorkingParty.Cards.Views;

namespace WorkingParty.Cards.Tests;

/// <summary>The secretariat's review of minutes: every fact with its inputs, the uncertain first, within Teams' payload limit.</summary>
public sealed class MinutesReviewReplyTests
{
    private static readonly ReplyBuilder Replies = SampleCards.Replies;

    [Fact]
    public void The_uncertain_facts_come_first_then_the_dates_deadlines_and_items_each_with_its_inputs()
    {
        var card = JsonNode.Parse(CardJson.Serialize(Replies.Build(ReviewSamples.Seed()).Card))!;

        var ids = Inputs(card).Select(i => i.Id).ToList();
        Assert.Equal([ReviewForm.BodyId, ReviewForm.MeetingDateId, ReviewForm.MeetingDateConfirmedId, ReviewForm.DocumentNumberId], ids.Take(4));
        Assert.Equal(ReviewForm.DateId("e4c5d6e7f8", ReviewForm.Field.Date), ids[4]);
        Assert.Contains(ReviewForm.DateId("e4c5d6e7f8", ReviewForm.Field.Confirmed), ids);
        Assert.True(ids.IndexOf(ReviewForm.DateId("e1f2a3b4c5", ReviewForm.Field.Date)) < ids.IndexOf(ReviewForm.DeadlineId("d1a2b3c4d5", ReviewForm.Field.Date)));
        Assert.True(ids.IndexOf(ReviewForm.DeadlineId("a9f8e7d6c5", ReviewForm.Field.Remove)) < ids.IndexOf(ReviewForm.TitleId(1)));
        Assert.Equal(11, ids.Count(id => id.StartsWith("title.", StringComparison.Ordinal)));
        Assert.Contains(ReviewForm.NewId(ReviewForm.Field.Kind), ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var types = Inputs(card).Select(i => i.Type).ToHashSet();
        Assert.Superset(new HashSet<string> { "Input.Date", "Input.Text", "Input.ChoiceSet", "Input.Toggle" }, types);
    }

    [Fact]
    public void A_corrected_date_says_who_corrected_it_and_what_was_read_and_an_uncertain_one_why()
    {
        var reply = Replies.Build(ReviewSamples.Seed());
        var json = CardJson.Serialize(reply.Card);

        Assert.Contains("Corrected by Maria Rossi, {{DATE(2017-03-27T14:05:00Z, LONG)}}, {{TIME(2017-03-27T14:05:00Z)}}; read: Wednesday 19 April 2017 (next meeting, item 2)", json);
        Assert.Contains("Uncertain: no year is given", json);
        Assert.Contains("Meeting date (inferred from the text: the minutes do not state it)", json);
        Assert.Contains("Corrected by Maria Rossi, 27 March 2017, 16:05 Brussels time; read: Wednesday 19 April 2017 (next meeting, item 2)", reply.Text);
        Assert.Contains("Added by Maria Rossi, 27 March 2017, 16:05 Brussels time", reply.Text);
        var text = reply.Text.ReplaceLineEndings("\n");
        Assert.True(text.IndexOf("Check first", StringComparison.Ordinal) < text.IndexOf("Coming dates: 3", StringComparison.Ordinal));
        Assert.Contains("- Wednesday 29 March 2017 (item 7): Written comments on the draft line to be taken; from Delegations; documents: 7130/17", text);
    }

    [Fact]
    public void Save_and_publish_send_the_form_with_the_version_shown_and_discard_sends_nothing_else()
    {
        var card = JsonNode.Parse(CardJson.Serialize(Replies.Build(ReviewSamples.Seed()).Card))!;

        var actions = card["actions"]!.AsArray().Select(a => (Verb: (string)a!["verb"]!, Inputs: (string)a["associatedInputs"]!, Data: a["data"]!)).ToList();
        Assert.Equal(["minutes.review.save", "minutes.publish", "minutes.discard"], actions.Select(a => a.Verb));
        Assert.Equal(["auto", "auto", "none"], actions.Select(a => a.Inputs));
        Assert.Equal(3, (int)actions[0].Data["version"]!);
        Assert.Equal(3, (int)actions[1].Data["version"]!);
    }

    [Fact]
    public void The_largest_minutes_are_reviewed_over_pages_each_under_the_payload_limit_and_every_fact_is_on_one()
    {
        var first = Replies.Build(ReviewSamples.Large()).Card;
        var pages = new List<AdaptiveCard> { first };
        var count = int.Parse(System.Text.RegularExpressions.Regex.Match(CardJson.Serialize(first), @"page 1 of (\d+)").Groups[1].Value);
        for (var page = 1; page < count; page++) pages.Add(Replies.Build(ReviewSamples.Large() with { Page = page }).Card);

        Assert.InRange(count, 2, 4);
        Assert.All(pages, card => Assert.InRange(CardJson.SizeInBytes(card), 1, CardJson.MaxCardBytes));
        var ids = pages.SelectMany(card => Inputs(JsonNode.Parse(CardJson.Serialize(card))!).Select(i => i.Id)).ToList();
        Assert.Equal(ids.Count(id => !id.StartsWith("new.", StringComparison.Ordinal)), ids.Where(id => !id.StartsWith("new.", StringComparison.Ordinal)).Distinct().Count());
        Assert.Equal(30, ids.Count(id => id.StartsWith("title.", StringComparison.Ordinal)));
        Assert.Equal(20, ids.Count(id => id.StartsWith("date.", StringComparison.Ordinal) && id.EndsWith(".date", StringComparison.Ordinal)));
        Assert.Equal(10, ids.Count(id => id.StartsWith("deadline.", StringComparison.Ordinal) && id.EndsWith(".date", StringComparison.Ordinal)));
        var last = JsonNode.Parse(CardJson.Serialize(pages[^1]))!;
        Assert.Contains("Previous page", last["actions"]!.ToJsonString());
        Assert.Contains("Next page", JsonNode.Parse(CardJson.Serialize(first))!["actions"]!.ToJsonString());
    }

    [Fact]
    public void Published_minutes_say_who_published_them_and_offer_to_announce_their_deadlines()
    {
        var reply = Replies.Build(ReviewSamples.Published());
        var json = CardJson.Serialize(reply.Card);

        Assert.Contains("Published by Maria Rossi, {{DATE(2017-03-27T14:09:00Z, LONG)}}", json);
        Assert.Contains("minutes.announce", json);
        Assert.DoesNotContain("Input.", json);
        Assert.Contains("Published by Maria Rossi, 27 March 2017, 16:09 Brussels time", reply.Text);
    }

    [Fact]
    public void A_revision_says_what_it_replaces_and_lists_what_it_changes_before_the_facts()
    {
        var reply = Replies.Build(ReviewSamples.Revision());
        var json = CardJson.Serialize(reply.Card);

        Assert.Contains("A new version of minutes-hwp-cyber-2017-03.txt (document 7423/17): Publish replaces it.", json);
        Assert.Contains("Deadline changed: 29 March 2017 (item 7): Written comments on the draft line to be taken \u2192 5 April 2017", reply.Text);
        Assert.Contains("Date added: 30 June 2017", reply.Text);
        Assert.Contains("Date removed: 24 May 2017", reply.Text);
        Assert.True(json.IndexOf("What this version changes", StringComparison.Ordinal) < json.IndexOf("Check first", StringComparison.Ordinal));
    }

    private static IEnumerable<(string Id, string Type)> Inputs(JsonNode node) => node switch
    {
        JsonObject o when ((string?)o["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true => [((string)o["id"]!, (string)o["type"]!)],
        JsonObject o => o.SelectMany(p => p.Value is null ? [] : Inputs(p.Value)),
        JsonArray a => a.SelectMany(n => n is null ? [] : Inputs(n)),
        _ => [],
    };
}
