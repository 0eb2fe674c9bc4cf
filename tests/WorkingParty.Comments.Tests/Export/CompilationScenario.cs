using WorkingParty.Comments;
using WorkingParty.Comments.Export;
using WorkingParty.Comments.Model;
using WorkingParty.Comments.Tests.Support;

namespace WorkingParty.Comments.Tests.Export;

/// <summary>
/// Comments from four delegations, one late, one edited, one withdrawn, compiled; the secretariat has confirmed every
/// author's delegation but the Czech one, which Jana declared with her first comment.
/// </summary>
public abstract class CompilationScenario : FileStoreCommentTest
{
    public const string HtmlText = "<b>Not bold</b>, **not bold** & \"quoted\"\nSecond line\twith a tab";
    public const string FormulaText = "=HYPERLINK(\"http://evil\",\"click\")";

    /// <summary>The scenario's compilation written by <paramref name="write"/>.</summary>
    protected async Task<byte[]> ExportAsync(Action<CommentCompilation, Stream> write)
    {
        var compilation = await CompileAsync();
        using var output = new MemoryStream();
        write(compilation, output);
        return output.ToArray();
    }

    protected async Task<CommentCompilation> CompileAsync()
    {
        var austria = new CommentAuthor("29:at", "Anna Gruber");
        var greece = new CommentAuthor("29:el", "Eleni Papadopoulou");
        var ireland = new CommentAuthor("29:ie", "@Sean Murphy");

        await Scenario.SubmitAcceptedAsync("Austria agrees.", "s-at", austria, "AT");
        Scenario.Time.Advance(TimeSpan.FromMinutes(1));
        await Scenario.SubmitAcceptedAsync(HtmlText, "s-cz", document: "7130/17");
        Scenario.Time.Advance(TimeSpan.FromMinutes(1));
        var edited = await Scenario.SubmitAcceptedAsync("First thought", "s-ie", ireland, "IE");
        await Scenario.Service.EditAsync(CommentScenario.Item9.Id, edited.Comment.Id, ireland, FormulaText, edited.ETag);
        var withdrawn = await Scenario.SubmitAcceptedAsync("Withdrawn text", "s-cz-2");
        await Scenario.Service.WithdrawAsync(CommentScenario.Item9.Id, withdrawn.Comment.Id, CommentScenario.Jana, withdrawn.ETag);

        Scenario.SetBrusselsTime(new DateTime(2017, 4, 4, 9, 30, 0));
        await Scenario.SubmitAsync("Greece is late.", "s-el", greece, "EL");
        var late = (await Scenario.Service.ListForDeadlineAsync(CommentScenario.Item9.Id)).Single(c => c.Value.Delegation == "EL");
        await Scenario.Service.AcceptLateAsync(CommentScenario.Item9.Id, late.Value.Id, CommentScenario.Secretariat);
        foreach (var (author, delegation) in new[] { (austria, "AT"), (greece, "EL"), (ireland, "IE") })
            await Scenario.Service.Roster.AssignAsync(author.UserId, delegation, CommentScenario.Secretariat.DisplayName);

        return (await Scenario.Service.CompileAsync(CommentScenario.Item9.Id))!;
    }
}
