namespace WorkingParty.Cards.Presentation.Conversation;

/// <summary>A short message on its own card: a refusal, a failure with its reference, a confirmation.</summary>
internal static class NoticePresentation
{
    public static Reply Present(NoticeView notice, ReplyRequest _) => new(Card(notice), Text(notice));

    private static AdaptiveCard Card(NoticeView notice) =>
        CardParts.Card([
            CardParts.Banner(notice.Title, notice.IsProblem ? ContainerStyle.Attention : ContainerStyle.Good),
            TextBlock.Literal(notice.Message),
        ], notice.Title);

    private static string Text(NoticeView notice) => new PlainText().Title(notice.Title).Paragraph(notice.Message).ToString();
}
