using System.Text.Json.Nodes;
using WorkingParty.Cards.Actions;
using WorkingParty.Cards.AdaptiveCards;
using WorkingParty.Cards.Tests.Samples;

namespace WorkingParty.Cards.Tests;

/// <summary>A date the reader was unsure of is listed apart, with its sentence and why, never as a bare date.</summary>
public sealed class DoubtfulDatesReplyTests
{
    private readonly ReplyBuilder _replies = SampleCards.Replies;

    [Fact]
    public void A_doubtful_next_meeting_comes_apart_with_its_sentence_and_no_calendar_link()
    {
        var reply = _replies.Build(SeedAnswers.NextMeetingsWithDoubt());
        var json = CardJson.Serialize(reply.Card);

        Assert.Contains("The minutes also say (the date is uncertain):", json);
        Assert.Contains("would take place on 7 or 17 June.", json);
        Assert.Contains("Uncertain: the text also reads as 17 June.", json);
        Assert.DoesNotContain("Wednesday 7 June 2017", json);
        Assert.DoesNotContain("2017-06-07", json);
        Assert.Contains("Uncertain: the text also reads as 17 June.", reply.Text);
        Assert.DoesNotContain("7 June 2017", reply.Text);
    }

    [Fact]
    public void A_meeting_date_the_minutes_do_not_state_is_told_as_not_stated_beside_what_they_say()
    {
        var held = new WorkingParty.Answers.Model.HeldMeeting("dunes-2031-05", "Working Party on Dunes", new DateOnly(2031, 5, 10), null, true, null, null, null, 2)
        {
            DateSaid = ["Summary of discussions", "The members met by videoconference."],
        };
        var reply = _replies.Build(new WorkingParty.Answers.Model.LastMeetingsAnswer(new DateOnly(2031, 6, 1), [held]));

        Assert.Contains("Last meeting: date not stated (about Saturday 10 May 2031)", reply.Text);
        Assert.DoesNotContain("Last meeting: Saturday 10 May 2031", reply.Text);
        Assert.Contains("The minutes say: \u201cThe members met by videoconference.\u201d", reply.Text);
    }

    [Fact]
    public void An_uncertain_deadline_is_not_offered_for_comments_and_the_certain_one_still_is()
    {
        var reply = _replies.Build(SeedAnswers.DeadlinesWithDoubt());
        var json = CardJson.Serialize(reply.Card);

        Assert.Equal([SeedAnswers.Comments7130().Id], CommentButtons(JsonNode.Parse(json)!));
        Assert.DoesNotContain(SeedAnswers.CommentsToolbox().Id, json);
        Assert.Contains("Uncertain: two dates are given, 3 April and 13 April. Comments can be written once the secretariat confirms the date.", json);
        Assert.DoesNotContain("Monday 3 April 2017", reply.Text);
        Assert.Contains("\u201CThe Presidency set 3 April (or 13 April) as the deadline", reply.Text);
    }

    private static IEnumerable<string> CommentButtons(JsonNode node) => node switch
    {
        JsonObject action when action["verb"]?.GetValue<string>() == "comment.write" => [action["data"]!["deadlineId"]!.GetValue<string>()],
        JsonObject obj => obj.SelectMany(p => p.Value is null ? [] : CommentButtons(p.Value)),
        JsonArray array => array.SelectMany(n => n is null ? [] : CommentButtons(n)),
        _ => [],
    };

    [Fact]
    public void An_uncertain_deadline_shows_its_documents_beside_its_sentence()
    {
        var reply = _replies.Build(SeedAnswers.DeadlinesWithDoubt() with { Deadlines = [SeedAnswers.DeadlinesWithDoubt().Deadlines[1]] });

        Assert.Contains("WK 2569/2017", CardJson.Serialize(reply.Card));
        Assert.Contains("Documents: WK 2569/2017", reply.Text);
    }

    [Fact]
    public void With_only_uncertain_deadlines_none_is_said_to_be_open_for_certain()
    {
        var answer = SeedAnswers.DeadlinesWithDoubt() with { Deadlines = [SeedAnswers.DeadlinesWithDoubt().Deadlines[1]] };

        Assert.Contains("No deadline is open for certain in the minutes.", _replies.Build(answer).Text);
    }
}
