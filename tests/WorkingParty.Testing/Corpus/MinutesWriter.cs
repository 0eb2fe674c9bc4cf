using System.Globalization;
using System.Text;
using static WorkingParty.Testing.Corpus.MinutesCorpus;

namespace WorkingParty.Testing.Corpus;

/// <summary>Writes the paragraphs of one generated meeting, dating what it mentions around the meeting date.</summary>
internal sealed class MinutesWriter(Random random, DateOnly meeting)
{
    public string Agenda() => $"The agenda as set out in doc. CM {random.Next(1000, 5999)}/{Year2()} was adopted without changes.\n\n";

    public string PresidencyInformation(DateOnly nextMeeting, DateOnly workshop)
    {
        var past = meeting.AddDays(-random.Next(5, 60));
        return $"The Presidency debriefed delegations on the {Pick(random, CorpusVocabulary.PastMeetings)} of {Long(past)}. "
            + string.Format(CultureInfo.InvariantCulture, Pick(random, CorpusVocabulary.NextMeetingSentences), Long(nextMeeting)) + " "
            + string.Format(CultureInfo.InvariantCulture, Pick(random, CorpusVocabulary.WorkshopSentences), Long(workshop)) + "\n\n";
    }

    public string Discussion(string topic)
    {
        var text = new StringBuilder();
        var document = Document();
        text.Append(CultureInfo.InvariantCulture,
            $"{Speaker()} presented a note on {topic.ToLowerInvariant()} (doc. {document}). It {Pick(random, CorpusVocabulary.Verbs)} {Pick(random, CorpusVocabulary.Concerns)}.\n\n");
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"{Speaker()} {Pick(random, CorpusVocabulary.Verbs)} {Pick(random, CorpusVocabulary.Concerns)}, referring to the meeting of {Long(meeting.AddDays(-random.Next(5, 200)))}. ");
            text.Append(CultureInfo.InvariantCulture,
                $"{Pick(random, CorpusVocabulary.Delegations)} {Pick(random, CorpusVocabulary.Verbs)} {Pick(random, CorpusVocabulary.Concerns)}.\n\n");
        }

        return text.ToString();
    }

    public (string Sentence, ExpectedDeadline Deadline) Deadline(int item)
    {
        var due = meeting.AddDays(random.Next(7, 40));
        var document = Document();
        var sentence = string.Format(CultureInfo.InvariantCulture, Pick(random, CorpusVocabulary.DeadlineSentences), document, Long(due));
        return (sentence + "\n\n", new ExpectedDeadline(due, item, document));
    }

    private string Speaker() => random.Next(3) == 0 ? Pick(random, CorpusVocabulary.Delegations) : Pick(random, CorpusVocabulary.Institutions);

    private string Document() => random.Next(3) == 0
        ? $"WK {random.Next(1000, 9999)}/{meeting.Year}"
        : $"{random.Next(5000, 15999)}/{Year2()}";

    private string Year2() => (meeting.Year % 100).ToString("D2", CultureInfo.InvariantCulture);
}
