using WorkingParty.Minutes.Recognition;

namespace WorkingParty.Minutes.Extraction;

/// <summary>Runs the recognisers over the sentences of a paragraph, carrying speakers over "It ..." and "They ...".</summary>
public sealed class SentenceAnalyser(
    DateRecognizer dates,
    ActorRecognizer actors,
    DocumentReferenceRecognizer documents,
    DeadlineRecognizer deadlines)
{
    public IReadOnlyList<AnalysedSentence> AnalyseParagraph(int item, IReadOnlyList<string> sentences)
    {
        var analysed = new List<AnalysedSentence>(sentences.Count);
        IReadOnlyList<string> lastSpeakers = [];
        foreach (var sentence in sentences)
        {
            var speakers = actors.Speakers(sentence, actors.Recognize(sentence));
            if (speakers.Count == 0 && actors.RefersBack(sentence))
            {
                speakers = lastSpeakers;
            }

            if (speakers.Count > 0)
            {
                lastSpeakers = speakers;
            }

            analysed.Add(Analyse(item, sentence, speakers, isTitle: false));
        }

        return analysed;
    }

    public AnalysedSentence AnalyseTitle(int item, string title) => Analyse(item, title, [], isTitle: true);

    private AnalysedSentence Analyse(int item, string sentence, IReadOnlyList<string> speakers, bool isTitle)
    {
        var mentions = dates.Recognize(sentence);
        var masked = DateRecognizer.Mask(sentence, mentions);
        return new AnalysedSentence(item, sentence, masked, mentions, speakers, documents.Recognize(sentence),
            isTitle ? [] : deadlines.Recognize(masked), isTitle);
    }
}
