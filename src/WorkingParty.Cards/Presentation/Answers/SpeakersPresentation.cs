namespace WorkingParty.Cards.Presentation.Answers;

/// <summary>
/// "Which delegations spoke on X?": the speakers, then the sentences they were read from, each cited and opening its
/// item, the matched words in bold, so that the delegate sees who said what.
/// </summary>
internal static class SpeakersPresentation
{
    private const string Title = "Who spoke";

    public static Reply Present(SpeakersAnswer answer, ReplyRequest request) =>
        QuotedPassagesPage.Present(Title, Subtitle(answer), string.Join(", ", answer.Actors), answer.Passages, request);

    private static string Subtitle(SpeakersAnswer answer) =>
        $"Speakers in the sentences of {Wording.MinutesOf(answer.Scope)} on {Wording.Quoted(answer.Question)}:";
}
