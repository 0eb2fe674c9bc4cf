using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using WorkingParty.Answers.Retrieval;

namespace WorkingParty.Answers.Tests;

/// <summary>
/// The index build analyses each distinct item title once and replays its tokens for every sentence of the item: the
/// writer must get exactly the tokens analysing the title again would give (terms, positions, synonyms, offsets), each
/// time, whatever the analyser analysed in between on that thread.
/// </summary>
public sealed class AnalysedTitlesTests
{
    private static readonly string[] Titles =
    [
        "Carrier Grade NAT (CGN): the Commission's state of play on encryption and lawful access",
        "AOB - calendar of meetings; the next meeting was postponed",
        "",
    ];

    [Fact]
    public void Every_replay_of_a_title_gives_the_tokens_of_a_fresh_analysis_of_it()
    {
        var titles = new AnalysedTitles();
        for (var round = 0; round < 3; round++)
        {
            foreach (var title in Titles)
            {
                // As the writer does: the sentence's text is analysed first, with the same analyser, on the same thread.
                Consume(MinutesAnalyzer.ForPassages.GetTokenStream(PassageIndex.TextField, "Belgium asked to reschedule the cyber toolbox meeting."));
                var replayed = Consume(titles.Of(title));

                Assert.Equal(Consume(MinutesAnalyzer.ForPassages.GetTokenStream(PassageIndex.TitleField, title)), replayed);
            }
        }
    }

    [Fact]
    public void A_title_with_synonyms_replays_its_stacked_tokens()
    {
        var tokens = Consume(new AnalysedTitles().Of(Titles[0]));

        Assert.Contains(tokens, token => token.Increment == 0);
        Assert.Contains(tokens, token => token.Term == "cgn");
    }

    private static List<(string Term, int Increment, int Length, int Start, int End, string Type)> Consume(TokenStream stream)
    {
        var tokens = new List<(string, int, int, int, int, string)>();
        using (stream)
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            var length = stream.AddAttribute<IPositionLengthAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            var type = stream.AddAttribute<ITypeAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                tokens.Add((term.ToString(), increment.PositionIncrement, length.PositionLength, offset.StartOffset, offset.EndOffset, type.Type));
            }

            stream.End();
            tokens.Add(("(end)", increment.PositionIncrement, 0, offset.StartOffset, offset.EndOffset, ""));
        }

        return tokens;
    }
}
