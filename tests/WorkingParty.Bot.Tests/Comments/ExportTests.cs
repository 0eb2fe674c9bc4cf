using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WorkingParty.Bot.Tests.Comments.Support;
using static WorkingParty.Bot.Tests.Comments.Support.CommentsBot;

namespace WorkingParty.Bot.Tests.Comments;

public sealed class ExportTests : CommentsBotTest
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Bot.SendCommentAsync(Item9, "Czech view: <b>keep</b> the toolbox.");
        await Bot.SendCommentAsync(Item9, "Avis français.", TeamsUser.FrenchDelegate, "FR");
    }

    [Fact]
    public async Task A_delegate_asking_for_an_export_is_refused_politely_and_gets_no_link()
    {
        var answer = await Bot.SayAsync($"export comments {Item9}", TeamsUser.CzechDelegate);

        Assert.Contains("only the working party's secretariat can export", CardJsonQuery.Text(answer));
        Assert.Empty(CardJsonQuery.Links(answer));
        Assert.False(Directory.Exists(Path.Combine(Bot.StorageFolder, "export-links")));
    }

    [Fact]
    public async Task The_secretariat_gets_a_word_compilation_with_one_section_per_delegation()
    {
        var answer = await Bot.SayAsync($"export comments {Item9}", TeamsUser.Secretariat);

        var link = Assert.Single(CardJsonQuery.Links(answer), l => l.EndsWith(".docx", StringComparison.Ordinal));
        var response = await Bot.GetAsync(new Uri(link).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var word = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), isEditable: false);
        var paragraphs = word.MainDocumentPart!.Document.Body!.Elements<Paragraph>().ToList();
        var sections = paragraphs.Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText);
        Assert.Equal(["CZ", "FR"], sections);
        Assert.Contains(paragraphs, p => p.InnerText == "Czech view: <b>keep</b> the toolbox.");
        Assert.Contains(paragraphs, p => p.InnerText == "Avis français.");
    }

    [Fact]
    public async Task The_secretariat_gets_a_csv_compilation_and_the_link_is_no_guess()
    {
        var answer = await Bot.SayAsync($"export comments on {Item9}", TeamsUser.Secretariat);

        var link = new Uri(Assert.Single(CardJsonQuery.Links(answer), l => l.EndsWith(".csv", StringComparison.Ordinal)));
        var csv = Encoding.UTF8.GetString(await (await Bot.GetAsync(link.PathAndQuery)).Content.ReadAsByteArrayAsync());
        Assert.StartsWith("\uFEFF\"Delegation\",\"Author\",\"Received\"", csv);
        Assert.Contains("\"CZ\",\"Jana Novak\",", csv);
        Assert.Contains("\"FR\",\"Pierre Martin\",", csv);

        var token = Path.GetFileNameWithoutExtension(link.AbsolutePath);
        Assert.Matches("^[0-9a-f]{32}$", token);
        var guessed = await Bot.GetAsync($"/exports/{new string('0', 32)}.csv");
        Assert.Equal(HttpStatusCode.NotFound, guessed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Bot.GetAsync($"/exports/{token}.pdf")).StatusCode);
    }

    [Fact]
    public async Task Exporting_a_deadline_that_does_not_exist_names_the_ones_that_do()
    {
        var answer = CardJsonQuery.Text(await Bot.SayAsync("export comments nowhere/item-1", TeamsUser.Secretariat));

        Assert.Contains("There is no deadline 'nowhere/item-1'", answer);
        Assert.Contains(Item9, answer);
    }
}
