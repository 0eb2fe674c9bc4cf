namespace WorkingParty.LoadTest.Turns;

/// <summary>The questions delegates send, in turn: next meeting, deadlines, item by number, item by topic, search.</summary>
public static class QuestionMix
{
    private static readonly string[][] Kinds =
    [
        ["when is the next meeting?", "when do we meet again?", "next WP date"],
        ["what deadlines are open?", "anything due?", "when are comments on data retention due?"],
        ["item 3", "what was said under point 4?", "item five"],
        ["encryption and lawful access", "what about the protection of critical infrastructure?", "firearms trafficking"],
        ["who stressed the lack of resources at national level?", "risk of fragmentation", "information sharing with the private sector"],
    ];

    public static int KindCount => Kinds.Length;

    public static string Question(long sequence) => Kinds[sequence % Kinds.Length][sequence / Kinds.Length % Kinds[0].Length];
}
