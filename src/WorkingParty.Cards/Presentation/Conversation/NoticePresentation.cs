using WorkingParty.Cards.AdaptiveCards;

namespace WorkingParty.Cards.Presentation.Conversation;

/// <summary>A short message on its own card: a refusal, a failure with its reference, a confirmation.</summary>
internal static class NoticePresentation
{
    public static AdaptiveCard Card(string title, string message, bool isProblem) =>
        CardParts.Card([
            CardParts.Banner(title, isProblem ? ContainerStyle.Attention : ContainerStyle.Good),
            TextBlock.Literal(message),
        ], title);

    public static string Text(string title, string message) => new PlainText().Title(title).Paragraph(message).ToString();
}
