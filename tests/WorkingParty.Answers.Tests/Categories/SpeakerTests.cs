using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using static WorkingParty.Answers.Tests.Categories.ElectricityMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>A8: "which delegations / who ..." with no actor named as the speaker: the speakers of the sentences on the topic or item.</summary>
public class SpeakerTests
{
    private readonly QuestionAnswerer _answerer = new([March()], new NoScheduleChanges());

    private SpeakersAnswer Ask(string question) => Assert.IsType<SpeakersAnswer>(_answerer.Answer(question, Today));

    [Fact]
    public void Which_delegations_on_a_topic_lists_the_delegations_of_its_sentences()
    {
        var answer = Ask("which delegations supported the compromise on grid tariffs?");
        Assert.Contains("BE delegation (Belgium)", answer.Actors);
        Assert.Contains("NL delegation (Netherlands)", answer.Actors);
        Assert.DoesNotContain("Presidency", answer.Actors);
        Assert.Contains(answer.Passages, p => p.Text.StartsWith("BE and NL supported", StringComparison.Ordinal));
    }

    [Fact]
    public void Who_spoke_under_an_item_lists_every_speaker_of_the_item() =>
        Assert.Equal(["FR delegation (France)", "PL delegation (Poland)"], Ask("who spoke under item 4?").Actors);

    [Fact]
    public void Which_MS_asked_for_something() =>
        Assert.Equal(["FR delegation (France)", "PL delegation (Poland)"], Ask("which MS asked about storage?").Actors);

    [Fact]
    public void Who_supported_a_named_delegation_lists_the_others_of_its_sentence()
    {
        var answer = Ask("who supported BE on grid tariffs?");
        Assert.Contains("NL delegation (Netherlands)", answer.Actors);
        Assert.DoesNotContain("BE delegation (Belgium)", answer.Actors);
    }
}
