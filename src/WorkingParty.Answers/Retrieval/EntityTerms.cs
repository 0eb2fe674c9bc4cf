namespace WorkingParty.Answers.Retrieval;

/// <summary>
/// Index terms for what the minutes and the delegates name in many spellings: an actor ("BE", "Belgium", "the Belgian
/// delegation", "Cion" for the Commission) and a Council document ("doc. 8043/17", "ST 8043/17", "8043/17"; "WK
/// 2569/2017" and "WK 2569/17"; any revision of "CM 1235/20"). A question and a passage that name the same one share
/// its term. The leading '@' keeps them apart from words: the analyser never makes a term that starts with it.
/// </summary>
internal static class EntityTerms
{
    private const string ActorPrefix = "@actor:";
    private const string DocumentPrefix = "@doc:";

    public static string Actor(string key) => ActorPrefix + key;

    public static string Document(string reference) => DocumentPrefix + DocumentReference.BaseKey(reference);

    public static bool IsEntity(string term) => term.StartsWith('@');

    public static bool IsActor(string term) => term.StartsWith(ActorPrefix, StringComparison.Ordinal);

    /// <summary>The actor key of an actor term.</summary>
    public static string ActorKey(string term) => term[ActorPrefix.Length..];

    /// <summary>
    /// The actors and documents a sentence names: its speakers as the minutes reader found them, every actor the
    /// actor table finds in its words, and every document reference.
    /// </summary>
    public static IEnumerable<string> Of(string text, IEnumerable<string> speakerKeys, ActorDirectory actors)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in speakerKeys) found.Add(Actor(key));
        foreach (var mention in actors.Find(Words.Split(text))) found.Add(Actor(mention.Key));
        foreach (var reference in DocumentReference.FindAll(text)) found.Add(Document(reference.Value));
        return found;
    }
}
