using System.Globalization;

namespace WorkingParty.Cards.Presentation.Comments;

/// <summary>The compilation's summary, in the personal chat of the secretariat member who asked; its files follow there.</summary>
internal static class CommentExportPresentation
{
    private const string Title = "Compilation of written comments";
    private const string FilesFollow = "The Word and CSV files follow in this chat, for you alone.";

    public static Reply Present(CommentExportView export, ReplyRequest request) => new(Card(export), Text(export));

    private static AdaptiveCard Card(CommentExportView export) =>
        CardParts.Card(
            [
                .. CardParts.Heading(Title, Wording.Shorten(export.Subject, 200)),
                new FactSet(Facts(export).Select(fact => Fact.Literal(fact.Title, fact.Value)).ToList()),
                TextBlock.Literal(FilesFollow),
            ],
            Title,
            export.AwaitingLate > 0 ? [CardParts.Send("Review late comments", new ShowLateComments(export.DeadlineId))] : null);

    private static string Text(CommentExportView export)
    {
        var text = new PlainText().Title(Title, export.Subject);
        text.Entry("Details", [.. Facts(export).Select(fact => $"{fact.Title}: {fact.Value}")]);
        text.Paragraph(FilesFollow);
        if (export.AwaitingLate > 0) text.Paragraph($"To review the late ones, type \u201Clate comments {export.DeadlineId}\u201D.");
        return text.ToString();
    }

    private static IEnumerable<(string Title, string Value)> Facts(CommentExportView export)
    {
        yield return ("Deadline", Wording.DayAndDate(export.DeadlineDate));
        yield return ("Reference", export.DeadlineId);
        yield return ("Comments", Number(export.CommentCount));
        if (export.MinutesWithdrawn) yield return ("Minutes", "withdrawn: nobody is answered from them; these comments were sent before, and no more can be");
        if (export.Unconfirmed > 0) yield return ("Delegation not confirmed", $"{Number(export.Unconfirmed)} (marked in the files; type \u201Cdelegations\u201D to confirm)");
        if (export.AwaitingLate > 0) yield return ("Late, not yet accepted", $"{Number(export.AwaitingLate)} (not in the compilation)");
    }

    private static string Number(int count) => count.ToString(CultureInfo.InvariantCulture);
}
