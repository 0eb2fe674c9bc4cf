using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WorkingParty.Comments.Deadlines;
using WorkingParty.Comments.Model;
using Comment = WorkingParty.Comments.Model.Comment;

namespace WorkingParty.Comments.Export;

/// <summary>
/// A compilation as a Word document: a title naming the deadline, then one section (a Heading 1)
/// per delegation in protocol order, each comment with its author, time received, late mark, a mark when
/// the secretariat has not confirmed its author's delegation, and document. Comment text goes in as literal runs, so HTML or markdown shows as typed.
/// </summary>
public static class DocxCompilation
{
    public const string TitleStyle = "Title";
    public const string DelegationStyle = "Heading1";
    public const string CommentHeaderStyle = "Heading2";

    public static void Write(CommentCompilation compilation, Stream output)
    {
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
        var body = new Body();
        main.Document = new Document(body);

        var deadline = compilation.Deadline;
        body.Append(Paragraph($"Written comments: {deadline.Subject}", TitleStyle));
        body.Append(Paragraph($"Deadline: {compilation.DueDate} (end of day, {compilation.Clock.Zone.Id} time)"));
        body.Append(Paragraph($"Meeting: {deadline.Meeting}"));
        if (deadline.MinutesWithdrawn)
            body.Append(Paragraph(DeadlineInfo.WithdrawnNote));
        if (deadline.Documents.Count > 0)
            body.Append(Paragraph($"Documents: {string.Join(", ", deadline.Documents)}"));
        body.Append(Paragraph($"Reference: {deadline.Id}. Compiled {compilation.LocalTime(compilation.CompiledAt)}."));
        if (compilation.Comments.Count == 0)
            body.Append(Paragraph("No comments were submitted."));

        foreach (var delegation in compilation.Comments.GroupBy(c => c.Delegation))
        {
            body.Append(Paragraph(delegation.Key, DelegationStyle));
            foreach (var comment in delegation)
                AppendComment(body, compilation, comment);
        }
    }

    private static void AppendComment(Body body, CommentCompilation compilation, Comment comment)
    {
        var header = $"{comment.Author.DisplayName}, received {compilation.LocalTime(comment.ReceivedAt)}";
        if (comment.Late)
            header += " (LATE, accepted by the secretariat)";
        if (!compilation.IsConfirmed(comment))
            header += $" (delegation {CsvCompilation.UnconfirmedMark} by the secretariat)";
        body.Append(Paragraph(header, CommentHeaderStyle));
        if (comment.DocumentReference is not null)
            body.Append(Paragraph($"Concerning: {comment.DocumentReference}"));
        foreach (var line in comment.Text.Split('\n'))
            body.Append(Paragraph(line));
        if (comment.Versions.Count > 1)
            body.Append(Paragraph($"(Edited; this is version {comment.Versions.Count}, last changed {compilation.LocalTime(comment.Current.At)}.)"));
    }

    /// <summary>One paragraph of literal text; tabs become Word tabs.</summary>
    private static Paragraph Paragraph(string text, string? style = null)
    {
        var paragraph = new Paragraph();
        if (style is not null)
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        var run = new Run();
        var pieces = text.Split('\t');
        for (var i = 0; i < pieces.Length; i++)
        {
            if (i > 0)
                run.Append(new TabChar());
            run.Append(new Text(pieces[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        paragraph.Append(run);
        return paragraph;
    }

    private static Styles Styles() => new(
        Style(TitleStyle, "Title", sizeHalfPoints: 36),
        Style(DelegationStyle, "heading 1", sizeHalfPoints: 28),
        Style(CommentHeaderStyle, "heading 2", sizeHalfPoints: 22));

    private static Style Style(string id, string name, int sizeHalfPoints) =>
        new(
            new StyleName { Val = name },
            new PrimaryStyle(),
            new StyleRunProperties(new Bold(), new FontSize { Val = sizeHalfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
        };
}
