using WorkingParty.Answers.Model;
using WorkingParty.Cards.AdaptiveCards;
using WorkingParty.Cards.Tests.Samples;

namespace WorkingParty.Cards.Tests;

/// <summary>
/// A coming meeting's line reads as a whole: the sentence it was read from when short, with its status words
/// ("provisionally", "to be confirmed"), else the words before the date cut cleanly with an ellipsis; never a phrase
/// stopped mid-way.
/// </summary>
public sealed class UpcomingDateLineTests
{
    private const string Short = "The next joint meeting of the Working Party on Canals was provisionally scheduled for 18 April 2017 (to be confirmed).";

    private static readonly string Long = "The next joint meeting of the Working Party on Canals was provisionally"
        + " scheduled for 18 April 2017, subject to the availability of interpretation, of the large meeting room and of the experts"
        + " of both configurations who would present the results of the study on inland waterways commissioned last year.";

    private static UpcomingDate Dated(string sentence) =>
        new(new(2017, 4, 18), null, "next-meeting", "The next joint meeting of the Working Party on Canals was provisionally", SeedAnswers.Cite(2))
        {
            Sentence = sentence,
        };

    private static Reply Reply(UpcomingDate date) => SampleCards.Replies.Build(new NextMeetingsAnswer(SeedAnswers.Today, [date]));

    [Fact]
    public void A_short_sentence_is_shown_whole_with_its_status_words()
    {
        var reply = Reply(Dated(Short));

        Assert.Contains($"Meeting: {Short}", reply.Text, StringComparison.Ordinal);
        Assert.Contains("(to be confirmed)", CardJson.Serialize(reply.Card), StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_sentence_is_cut_after_the_description_with_an_ellipsis()
    {
        var reply = Reply(Dated(Long));

        Assert.Contains("Meeting: The next joint meeting of the Working Party on Canals was provisionally …", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_description_the_secretariat_corrected_stays_as_corrected()
    {
        var reply = Reply(Dated(Short) with { Description = "Joint meeting with the Ports configuration", Corrected = SeedAnswers.CorrectedByRossi });

        Assert.Contains("Meeting: Joint meeting with the Ports configuration", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("provisionally", reply.Text, StringComparison.Ordinal);
    }
}
