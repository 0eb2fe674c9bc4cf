using WorkingParty.Answers.Model;
using WorkingParty.Cards.AdaptiveCards;
using WorkingParty.Cards.Tests.Samples;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Cards.Tests;

/// <summary>
/// A deadline the minutes give as part of a month (team decision, issue 12): listed among the open deadlines with the
/// minutes' words and the day read from them, the last working day when that day is a weekend, and its sentence.
/// </summary>
public sealed class VagueDeadlineReplyTests
{
    private readonly ReplyBuilder _replies = SampleCards.Replies;

    private static DeadlineEntry Vague(DateOnly due, string words, bool approximate, string sentence) =>
        new($"{SeedAnswers.MeetingId}/item-4-{due:yyyy-MM-dd}", due, due.DayNumber - SeedAnswers.Today.DayNumber,
            "send their replies on the incident survey", "Delegations", [], SeedAnswers.Cite(4))
        {
            Vague = new VagueDue(words, approximate),
            Sentence = sentence,
        };

    [Fact]
    public void The_end_of_a_month_shows_the_minutes_words_the_day_its_last_working_day_and_the_sentence()
    {
        const string sentence = "Delegations were invited to send their replies on the incident survey by the end of April.";
        var reply = _replies.Build(new DeadlinesAnswer(SeedAnswers.Today, false, [Vague(new(2017, 4, 30), "end of April", false, sentence)]));
        var json = System.Text.RegularExpressions.Regex.Unescape(CardJson.Serialize(reply.Card));

        foreach (var shown in new[] { json, reply.Text })
        {
            Assert.Contains("\u201Cend of April\u201D (Sunday 30 April 2017)", shown);
            Assert.Contains("Last working day: Friday 28 April 2017", shown);
            Assert.Contains("by the end of April.\u201D", shown);
        }
        Assert.Contains("comment.write", json);
        Assert.DoesNotContain("Uncertain", reply.Text);
    }

    [Fact]
    public void The_middle_of_a_month_is_shown_as_around_the_15th_with_no_last_working_day()
    {
        var reply = _replies.Build(new DeadlinesAnswer(SeedAnswers.Today, false,
            [Vague(new(2017, 4, 15), "mid-April", true, "Delegations were invited to send their replies on the incident survey by mid-April.")]));

        Assert.Contains("\u201Cmid-April\u201D (around Saturday 15 April 2017)", reply.Text);
        Assert.DoesNotContain("Last working day", reply.Text);
    }
}
