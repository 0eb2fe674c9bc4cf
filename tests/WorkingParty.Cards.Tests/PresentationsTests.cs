using WorkingParty.Cards.Presentation.Conversation;
using WorkingParty.Cards.Tests.Samples;
using WorkingParty.Cards.Views;

namespace WorkingParty.Cards.Tests;

/// <summary>The kinds of answer and view with a presentation: each has one, and a sample that the renderer checks.</summary>
public sealed class PresentationsTests
{
    [Fact]
    public void Every_kind_with_a_presentation_has_a_sample_card()
    {
        var sampled = SampleCards.All().Select(sample => sample.Content.GetType()).ToHashSet();

        Assert.All(ReplyBuilder.Kinds, kind => Assert.True(sampled.Contains(kind), $"{kind.Name} has no sample in SampleCards"));
    }

    [Fact]
    public void A_kind_given_two_presentations_is_refused()
    {
        var registry = new ReplyBuilder.Registry().Add<NoticeView>(NoticePresentation.Present);

        var error = Assert.Throws<InvalidOperationException>(() => registry.Add<NoticeView>(NoticePresentation.Present));
        Assert.Contains(nameof(NoticeView), error.Message);
    }
}
