using System.Text.Json.Nodes;
using WorkingParty.Answers.Model;
using WorkingParty.Cards.Actions;
using WorkingParty.Cards.AdaptiveCards;
using WorkingParty.Cards.Tests.Samples;
using WorkingParty.Cards.Views;

namespace WorkingParty.Cards.Tests;

/// <summary>The cards of the replies: what each shows, and the buttons it offers.</summary>
public sealed class ReplyCardTests
{
    private readonly ReplyBuilder _replies = SampleCards.Replies;

    private AdaptiveCard Card(object content, string? question = null, int offset = 0) => _replies.Build(content, question, offset).Card;

    [Fact]
    public void Next_meetings_show_weekday_days_to_go_citation_and_a_calendar_link()
    {
        var json = CardJson.Serialize(Card(SeedAnswers.NextMeetings()));

        Assert.Contains("Wednesday 19 April 2017", json);
        Assert.Contains("in 26 days", json);
        Assert.Contains("Friday 12 May 2017", json);
        Assert.Contains("meeting of 15 March 2017, item 2", json);
        Assert.Contains("\"url\":\"https://bot.example.org/calendar/hwp-cyber-2017-03-15_2017-04-19_next-meeting.ics\"", json);
    }

    [Fact]
    public void Each_open_deadline_has_a_write_comments_button_carrying_its_id()
    {
        var card = JsonNode.Parse(CardJson.Serialize(Card(SeedAnswers.Deadlines())))!;

        var buttons = Buttons(card).Where(b => b["verb"]?.GetValue<string>() == ButtonData.VerbOf<WriteComment>()).ToList();

        Assert.Equal(
            [SeedAnswers.Comments7130().Id, SeedAnswers.CommentsToolbox().Id],
            buttons.Select(b => b["data"]!["deadlineId"]!.GetValue<string>()));
    }

    [Fact]
    public void Past_deadlines_offer_no_comment_button()
    {
        var past = SeedAnswers.Deadlines() with { Past = true };

        Assert.DoesNotContain(ButtonData.VerbOf<WriteComment>(), CardJson.Serialize(Card(past)));
    }

    [Fact]
    public void Every_agenda_line_opens_its_item()
    {
        var card = JsonNode.Parse(CardJson.Serialize(Card(SeedAnswers.Agenda())))!;

        var opened = Buttons(card).Select(b => b["data"]!).Select(d => (d["meetingId"]!.GetValue<string>(), d["item"]!.GetValue<int>()));

        Assert.Equal(Enumerable.Range(1, 11).Select(n => (SeedAnswers.MeetingId, n)), opened);
    }

    [Fact]
    public void A_200_entry_answer_is_paged_under_the_size_limit_with_show_more()
    {
        var answer = SeedAnswers.TwoHundredDeadlines();

        var first = Card(answer, "open deadlines");
        var firstJson = JsonNode.Parse(CardJson.Serialize(first))!;
        var more = Buttons(firstJson).Single(b => b["verb"]?.GetValue<string>() == ButtonData.VerbOf<ShowMore>())["data"]!;
        var offset = more["offset"]!.GetValue<int>();
        var second = Card(answer, "open deadlines", offset);

        Assert.InRange(CardJson.SizeInBytes(first), 1, CardJson.MaxCardBytes);
        Assert.InRange(CardJson.SizeInBytes(second), 1, CardJson.MaxCardBytes);
        Assert.Equal("open deadlines", more["question"]!.GetValue<string>());
        Assert.Contains($"Showing 1 to {offset} of 200.", firstJson.ToJsonString());
        Assert.Contains($"Written comments number {offset + 1} on", CardJson.Serialize(second));
        Assert.DoesNotContain($"Written comments number {offset + 1} on", firstJson.ToJsonString());
    }

    [Fact]
    public void A_long_list_of_my_comments_pages_through_the_comments_button_not_through_a_question()
    {
        var mine = new MyCommentsView(Enumerable.Repeat(SampleCards.Receipt(), 40).ToList());

        var card = JsonNode.Parse(CardJson.Serialize(Card(mine)))!;
        var more = Buttons(card).Single(b => b["title"]?.GetValue<string>() == "Show more");

        Assert.Equal(ButtonData.VerbOf<ShowMyComments>(), more["verb"]!.GetValue<string>());
        Assert.Null(more["data"]!["question"]);
        var offset = more["data"]!["offset"]!.GetValue<int>();
        Assert.Contains($"Showing {offset + 1} to", CardJson.Serialize(Card(mine, offset: offset)));
    }

    [Fact]
    public void Matched_words_of_quoted_passages_are_bold_text_runs_and_nothing_else_is()
    {
        var card = JsonNode.Parse(CardJson.Serialize(Card(SeedAnswers.Passages())))!;

        var bold = Descendants(card).Where(n => n["type"]?.GetValue<string>() == "TextRun" && n["weight"]?.GetValue<string>() == "bolder")
            .Select(n => n["text"]!.GetValue<string>()).ToList();

        Assert.Equal(["CGN", "data retention", "Belgian", "CGN", "data retention", "CGN"], bold);
        Assert.DoesNotContain("**", card.ToJsonString());
    }

    [Fact]
    public void Not_found_offers_at_most_three_items_and_help()
    {
        var answer = SeedAnswers.NotFound() with { Suggestions = Enumerable.Range(1, 6).Select(SeedAnswers.Cite).ToList() };
        var card = JsonNode.Parse(CardJson.Serialize(Card(answer)))!;

        var verbs = Buttons(card).Select(b => b["verb"]!.GetValue<string>()).ToList();

        Assert.Equal([ButtonData.VerbOf<OpenItem>(), ButtonData.VerbOf<OpenItem>(), ButtonData.VerbOf<OpenItem>(), ButtonData.VerbOf<ShowHelp>()], verbs);
    }

    [Fact]
    public void The_comment_form_preselects_the_remembered_delegation_and_limits_the_comment()
    {
        var card = JsonNode.Parse(CardJson.Serialize(Card(SampleCards.CommentForm())))!;
        var inputs = Descendants(card).Where(n => n["id"] is not null).ToDictionary(n => n["id"]!.GetValue<string>());

        Assert.Equal("CZ", inputs[CardInputs.Delegation]["value"]!.GetValue<string>());
        Assert.Equal(27, inputs[CardInputs.Delegation]["choices"]!.AsArray().Count);
        Assert.True(inputs[CardInputs.Comment]["isRequired"]!.GetValue<bool>());
        Assert.True(inputs[CardInputs.Comment]["isMultiline"]!.GetValue<bool>());
        Assert.Equal(4000, inputs[CardInputs.Comment]["maxLength"]!.GetValue<int>());
        Assert.Equal("7130/17", inputs[CardInputs.Document]["choices"]![0]!["value"]!.GetValue<string>());
    }

    [Fact]
    public void A_refused_submission_shows_its_reason_and_keeps_the_text()
    {
        var json = CardJson.Serialize(Card(SampleCards.CommentFormWithError()));

        Assert.Contains("has passed", json);
        Assert.Contains(System.Text.Json.JsonSerializer.Serialize(SampleCards.HostileComment, CardJson.Options), json);
    }

    [Fact]
    public void User_text_on_a_receipt_is_escaped_markdown()
    {
        var card = JsonNode.Parse(CardJson.Serialize(Card(SampleCards.Receipt())))!;

        var texts = Descendants(card).Select(n => n["text"]?.GetValue<string>()).OfType<string>();

        Assert.Contains(texts, t => t.Contains(Markdown.Escape(SampleCards.HostileComment)));
        Assert.DoesNotContain(texts, t => t.Contains("<b>"));
    }

    [Fact]
    public void A_receipt_offers_edit_and_withdraw_only_until_the_deadline()
    {
        var open = JsonNode.Parse(CardJson.Serialize(Card(SampleCards.Receipt())))!;
        var closed = JsonNode.Parse(CardJson.Serialize(Card(SampleCards.Receipt() with { CanChange = false })))!;

        Assert.Equal([ButtonData.VerbOf<EditComment>(), ButtonData.VerbOf<WithdrawComment>()], Buttons(open).Select(b => b["verb"]!.GetValue<string>()));
        Assert.Empty(Buttons(closed));
        Assert.Contains("C-2017-0042", open.ToJsonString());
        Assert.Contains("Received on {{DATE(2017-03-27T14:05:00Z, LONG)}}, {{TIME(2017-03-27T14:05:00Z)}}", open.ToJsonString());
    }

    [Fact]
    public void Only_a_late_comment_still_waiting_offers_accept_and_it_names_the_list_it_was_on()
    {
        var card = JsonNode.Parse(CardJson.Serialize(Card(SampleCards.LateComments())))!;

        var accept = Assert.Single(Buttons(card), b => b["verb"]?.GetValue<string>() == ButtonData.VerbOf<AcceptLateComment>());

        Assert.Equal("C-2017-0064", accept["data"]!["commentId"]!.GetValue<string>());
        Assert.True(accept["data"]!["allDeadlines"]!.GetValue<bool>());
        Assert.IsType<ButtonRead.Understood>(ButtonData.Read(accept["data"]!.ToJsonString()));
    }

    [Fact]
    public void An_announcement_can_be_acknowledged_once()
    {
        var fresh = JsonNode.Parse(CardJson.Serialize(Card(SampleCards.Announcement())))!;
        var acknowledged = Card(SampleCards.Announcement() with { AcknowledgedAt = SampleCards.ReceivedAt.AddHours(1) });

        var ack = Assert.Single(Buttons(fresh));
        Assert.Equal(ButtonData.VerbOf<AcknowledgeAnnouncement>(), ack["verb"]!.GetValue<string>());
        Assert.Equal("A-2017-007", ack["data"]!["announcementId"]!.GetValue<string>());
        Assert.Empty(Buttons(JsonNode.Parse(CardJson.Serialize(acknowledged))!));
        Assert.Contains("Acknowledged on {{DATE(2017-03-27T15:05:00Z, LONG)}}, {{TIME(2017-03-27T15:05:00Z)}}", CardJson.Serialize(acknowledged));
    }

    [Fact]
    public void The_broadcast_status_counts_delivery_and_acknowledgements()
    {
        var json = CardJson.Serialize(Card(SampleCards.Status()));

        Assert.Contains("\"title\":\"Failed\",\"value\":\"1\"", json);
        Assert.Contains("\"title\":\"Acknowledged\",\"value\":\"2 of 4\"", json);
        Assert.Contains("DE: Anna Schmidt", json);
    }

    [Theory]
    [InlineData("comment-receipt", "Received on {{DATE(2017-03-27T14:05:00Z, LONG)}}, {{TIME(2017-03-27T14:05:00Z)}}")]
    [InlineData("download-links", "Valid until {{DATE(2017-03-27T14:35:00Z, LONG)}}, {{TIME(2017-03-27T14:35:00Z)}}")]
    [InlineData("announcement", "From Secretariat (M. Rossi), {{DATE(2017-03-27T14:05:00Z, LONG)}}, {{TIME(2017-03-27T14:05:00Z)}}")]
    [InlineData("broadcast-status", "As of {{DATE(2017-03-27T14:15:00Z, LONG)}}, {{TIME(2017-03-27T14:15:00Z)}}")]
    public void A_moment_is_left_to_teams_to_write_in_the_readers_zone_in_a_text_block(string kind, string text)
    {
        var card = JsonNode.Parse(CardJson.Serialize(SampleCards.All().Single(s => s.Kind == kind).Card))!;

        Assert.Contains(Descendants(card), n => n["type"]?.GetValue<string>() == "TextBlock" && n["text"]!.GetValue<string>() == text);
    }

    [Fact]
    public void No_card_writes_a_moment_in_utc_or_in_a_fact_where_teams_would_not_format_it()
    {
        Assert.All(SampleCards.All(), sample =>
        {
            var card = JsonNode.Parse(CardJson.Serialize(sample.Card))!;

            Assert.DoesNotContain("UTC", card.ToJsonString());
            Assert.DoesNotContain(Descendants(card), n => n["value"] is JsonValue value && value.ToString().Contains("{{"));
        });
    }

    [Fact]
    public void An_answer_kind_without_a_card_is_named()
    {
        var error = Assert.Throws<ArgumentException>(() => _replies.Build(new UnknownAnswer()));
        Assert.Contains(nameof(UnknownAnswer), error.Message);
    }

    private sealed record UnknownAnswer : Answer;

    private static IEnumerable<JsonNode> Buttons(JsonNode card) =>
        Descendants(card).Where(n => n["type"]?.GetValue<string>() is "Action.Execute" or "Action.Submit" or "Action.OpenUrl");

    private static IEnumerable<JsonObject> Descendants(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            yield return obj;
            foreach (var (key, child) in obj)
            {
                if (key == "fallback" || child is null) continue;
                foreach (var d in Descendants(child)) yield return d;
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array.OfType<JsonNode>())
            {
                foreach (var d in Descendants(child)) yield return d;
            }
        }
    }
}
