using WorkingParty.Council;
using WorkingParty.Minutes.Definitions;
using WorkingParty.Minutes.Extraction;
using WorkingParty.Minutes.Reading;
using WorkingParty.Minutes.Recognition;
using WorkingParty.Minutes.Tests.Samples;
using WorkingParty.Testing.Corpus;

namespace WorkingParty.Minutes.Tests.Recognition;

/// <summary>The actor recogniser's pre-filter: it skips the delegation patterns only for sentences they find nothing in.</summary>
public class DelegationWordsTests
{
    private static readonly MinutesDefinitions Definitions = MinutesDefinitions.Default;
    private static readonly PatternTemplate Template = new(Definitions, DelegationTable.Default);
    private static readonly DelegationWords Words = new(Template.DelegationSpellings);

    [Theory]
    [InlineData("The Netherlands delegation entered a scrutiny reservation.")]
    [InlineData("Support came from the Czech Republic, and from EE, IT and SE.")]
    [InlineData("The German Federal Office for Information Security gave an update.")]
    public void A_sentence_naming_a_delegation_passes(string sentence) => Assert.True(Words.MayName(sentence));

    [Theory]
    [InlineData("The Chair opened the meeting and the agenda was adopted.")]
    [InlineData("The Commission (DG HOME) presented the proposal; the Presidency thanked the delegations.")]
    [InlineData("Frenchmen and Netherlanders of the FRONTEX team")]
    public void A_sentence_naming_no_delegation_is_skipped(string sentence) => Assert.False(Words.MayName(sentence));

    [Fact]
    public void Every_delegation_spelling_in_the_data_passes_alone_and_in_a_sentence()
    {
        Assert.NotEmpty(Template.DelegationSpellings);
        Assert.All(Template.DelegationSpellings, spelling =>
        {
            Assert.True(Words.MayName(spelling), spelling);
            Assert.True(Words.MayName($"As agreed, the {spelling}, and {spelling}-based delegations ({spelling}) spoke."), spelling);
        });
    }

    [Fact]
    public void Every_delegation_pattern_needs_a_spelling_and_finds_nothing_in_a_sentence_the_filter_skips()
    {
        var actors = Definitions.Actors;
        string[] patterns = [actors.DelegationList, actors.NationalAuthority, actors.CodeList, actors.BareDelegationCode, actors.BareCountry];
        Assert.All(patterns, pattern => Assert.True(PatternTemplate.NeedsDelegation(pattern), pattern));
        var compiled = patterns.Select(p => Template.Compile(p)).ToList();
        var texts = Directory.EnumerateFiles(SampleMinutes.Folder, "*.txt").Select(File.ReadAllText)
            .Concat(new MinutesCorpus(2017).Meetings(100).Select(m => m.Text));
        var sentences = texts
            .Select(text => MinutesParser.Default.Parse(text, "minutes.txt", IngestOptions.None, SampleMinutes.Fallback).Meeting)
            .OfType<Model.Meeting>()
            .SelectMany(m => m.Items.SelectMany(i => i.Paragraphs).Concat(m.Opening))
            .SelectMany(p => p.Sentences.Select(s => s.Text))
            .ToList();

        var skipped = sentences.Where(s => !Words.MayName(s)).ToList();

        Assert.InRange(skipped.Count, sentences.Count / 4, sentences.Count - 1);
        Assert.All(skipped, sentence => Assert.All(compiled, pattern => Assert.False(pattern.IsMatch(sentence), $"{pattern}: {sentence}")));
    }
}
