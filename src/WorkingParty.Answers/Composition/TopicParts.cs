namespace WorkingParty.Answers.Composition;

/// <summary>
/// The topics a question joins with "and", or with a slash, ampersand or plus standing alone ("open deadlines on the seed
/// regulation and the plant passports?", "deadlines on the seed regulation / plant passports?"): its topic words in the
/// order written, parted at each joiner. One part when it joins none.
/// </summary>
internal static partial class TopicParts
{
    private const string Joiner = "and";

    /// <summary>A slash, ampersand or plus between spaces: no part of a word ("and/or", "R&D"), a joiner.</summary>
    [GeneratedRegex(@"(?<=\s)[/&+](?=\s)")]
    private static partial Regex StandaloneJoiner();

    public static IReadOnlyList<IReadOnlyList<string>> Of(QuestionReading question)
    {
        var topic = question.TopicWords.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var parts = new List<IReadOnlyList<string>>();
        var part = new List<string>();
        foreach (var word in Words.Split(StandaloneJoiner().Replace(question.Question, Joiner)))
        {
            if (word.Lower == Joiner)
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
