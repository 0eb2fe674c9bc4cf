namespace WorkingParty.Cards.Presentation.Answers;

/// <summary>
/// "What the minutes say": no rule answered the question for certain, so the closest sentences are quoted, each with
/// its citation and the words that matched in bold. Worded as quotes, never as the bot's own answer.
/// </summary>
internal static class PassagesPresentation
{
    private const string Title = "What the minutes say";

    public static Reply Present(PassagesAnswer answer, ReplyRequest request) =>
        QuotedPassagesPage.Present(Title, Subtitle(answer), null, answer.Passages, request);

    private static string Subtitle(PassagesAnswer answer) =>
        $"Nothing answers {Wording.Quoted(answer.Question)} for certain; these sentences of {Wording.MinutesOf(answer.Scope)} come closest.";
}
