using WorkingParty.Cards.AdaptiveCards;
using WorkingParty.Cards.Tests.Samples;

namespace WorkingParty.Cards.Tests;

/// <summary>A fact the secretariat corrected says so, in the card and in its text twin alike.</summary>
public sealed class CorrectedFactsReplyTests
{
    private const string Provenance = "Corrected by the secretariat on 23 March 2017";

    [Fact]
    public void A_corrected_next_meeting_says_who_corrected_it_and_when_and_the_others_do_not()
    {
        var reply = SampleCards.Replies.Build(SeedAnswers.NextMeetingsCorrected());
        var json = CardJson.Serialize(reply.Card);

        Assert.Contains("Thursday 20 April 2017", json);
        Assert.Equal(1, Occurrences(json, Provenance));
        Assert.Equal(1, Occurrences(reply.Text, Provenance));
        Assert.Contains($"- Thursday 20 April 2017 (in 27 days)\n  Next meeting: The Presidency announced the dates of the next meetings (19 April and 12 May).\n  {Provenance}", reply.Text.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Moved_and_added_deadlines_say_so_and_can_still_be_commented()
    {
        var reply = SampleCards.Replies.Build(SeedAnswers.DeadlinesCorrected());
        var json = CardJson.Serialize(reply.Card);

        Assert.Equal(2, Occurrences(json, Provenance));
        Assert.Equal(2, Occurrences(reply.Text, Provenance));
        Assert.All(SeedAnswers.DeadlinesCorrected().Deadlines, deadline => Assert.Contains($"\"deadlineId\":\"{deadline.Id}\"", json));
    }

    [Fact]
    public void A_citation_of_minutes_whose_date_was_corrected_says_so()
    {
        var answer = SeedAnswers.CarryOver() with
        {
            Items = [SeedAnswers.CarryOver().Items[0] with { Source = SeedAnswers.Cite(6) with { MeetingDate = new(2017, 3, 16), Corrected = SeedAnswers.CorrectedByRossi } }],
        };

        var reply = SampleCards.Replies.Build(answer);

        Assert.Contains("meeting of 16 March 2017, item 6: EU Cyber Security Strategy review - state-of-play and future steps (corrected by the secretariat on 23 March 2017)", reply.Text);
        Assert.Contains("(corrected by the secretariat on 23 March 2017)", CardJson.Serialize(reply.Card));
    }

    private static int Occurrences(string text, string part) => (text.Length - text.Replace(part, "").Length) / part.Length;
}
