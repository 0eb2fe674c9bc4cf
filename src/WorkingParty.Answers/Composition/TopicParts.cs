namespace WorkingParty.Answers.Composition;

/// <summary>
/// The topics a question joins with "and" ("open deadlines on the seed regulation and the plant passports?"): its topic
/// words in the order written, parted at each "and". One part when it joins none.
/// </summary>
internal static class TopicParts
{
    private static readonly HashSet<string> Joiners = ["and", "&", "+"];

    public static IReadOnlyList<IReadOnlyList<string>> Of(QuestionReading question)
    {
        var topic = question.TopicWords.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var parts = new List<IReadOnlyList<string>>();
        var part = new List<string>();
        foreach (var word in Words.Split(question.Question))
        {
            if (Joiners.Contains(word.Lower))
            {
                if (part.Count > 0) parts.Add(part);
                part = [];
            }
            else if (topic.Contains(word.Lower))
            {
                part.Add(word.Lower);
            }
        }
        if (part.Count > 0) parts.Add(part);
        // A topic word the question's words do not hold as written (a respelled one) leaves the parting unsure.
        return parts.Sum(p => p.Count) == question.TopicWords.Count ? parts : [question.TopicWords];
    }
}
