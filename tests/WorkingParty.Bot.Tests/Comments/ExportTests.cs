using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Newtonsoft.Json.Linq;
using WorkingParty.Bot.Tests.Comments.Support;
using WorkingParty.Bot.Tests.Support;
using WorkingParty.Testing;
using static WorkingParty.Bot.Tests.Comments.Support.CommentsBot;

namespace WorkingParty.Bot.Tests.Comments;

/// <summary>
/// "export comments" in the secretariat member's personal chat: a summary, then the Word and CSV files as Teams' file consent
/// cards. Allow and Decline are played as Teams sends them (fileConsent/invoke) through the genuine adapter, with a loopback
/// server standing in for the OneDrive upload URL.
/// </summary>
public sealed class ExportTests : IAsyncLifetime
{
    private FakeOneDrive _drive = null!;
    private CommentsBot _bot = null!;

    public async Task InitializeAsync()
    {
        _drive = await FakeOneDrive.StartAsync();
        _bot = await CommentsBot.StartAsync(settings: new Dictionary<string, string?> { ["Exports:AllowedUploadOrigins:0"] = _drive.Origin });
        await _bot.SendCommentAsync(Item9, "Czech view: <b>keep</b> the toolbox.");
        await _bot.SendCommentAsync(Item9, "Avis français.", TeamsUser.FrenchDelegate, "FR");
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _drive.DisposeAsync();
    }

    [Fact]
    public async Task A_delegate_asking_for_an_export_is_refused_politely_and_is_offered_nothing()
    {
        var sent = await _bot.SayForAllAsync($"export comments {Item9}", TeamsUser.CzechDelegate);

        Assert.Contains("only the working party's secretariat can export", CardJsonQuery.Text(CardOf(Assert.Single(sent).Activity)));
        Assert.Empty(FileConsentCards.In(sent.Select(r => r.Activity)));
        Assert.False(Directory.Exists(Path.Combine(_bot.StorageFolder, "export-grants")));
    }

    [Fact]
    public async Task The_secretariat_gets_a_summary_then_the_word_and_csv_files_offered_in_its_personal_chat()
    {
        var sent = await _bot.SayForAllAsync($"export comments {Item9}", TeamsUser.Secretariat);

        Assert.All(sent, r => Assert.Equal(PersonalChatOf(TeamsUser.Secretariat), r.ConversationId));
        var summary = CardJsonQuery.Text(CardOf(sent[0].Activity));
        Assert.Contains("Compilation of written comments", summary);
        Assert.Contains("Delegation not confirmed\n2", summary);
        var offers = FileConsentCards.In(sent.Select(r => r.Activity));
        Assert.Equal([".docx", ".csv"], offers.Select(o => Path.GetExtension((string)o["name"]!)));
        Assert.All(offers, o => Assert.True((long)o["content"]!["sizeInBytes"]! > 0));
        Assert.Empty(CardJsonQuery.Links(CardOf(sent[0].Activity)));
    }

    [Fact]
    public async Task Allowing_the_word_file_uploads_the_compilation_to_onedrive_and_shows_it_as_a_file()
    {
        var docx = await OfferAsync(".docx");

        var sent = await _bot.AnswerFileAsync(docx, accept: true, TeamsUser.Secretariat, _drive.UploadUrl((string)docx["name"]!));

        var upload = Assert.Single(_drive.Uploads);
        Assert.Equal($"bytes 0-{upload.Content.Length - 1}/{upload.Content.Length}", upload.ContentRange);
        using var word = WordprocessingDocument.Open(new MemoryStream(upload.Content), isEditable: false);
        var paragraphs = word.MainDocumentPart!.Document.Body!.Elements<Paragraph>().ToList();
        Assert.Equal(["CZ", "FR"], paragraphs.Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText));
        Assert.Contains(paragraphs, p => p.InnerText == "Czech view: <b>keep</b> the toolbox.");
        var fileCard = Assert.Single(sent.SelectMany(r => r.Activity["attachments"]!.Children<JObject>()), a => (string?)a["contentType"] == "application/vnd.microsoft.teams.card.file.info");
        Assert.Equal((string?)docx["name"], (string?)fileCard["name"]);
        var consentCard = Assert.Single(sent, r => r.Method == "PUT" && r.ActivityId == "consent-card");
        Assert.Contains("Saved to your OneDrive", CardJsonQuery.Text(CardOf(consentCard.Activity)));
    }

    [Fact]
    public async Task Allowing_the_same_offer_twice_uploads_it_once()
    {
        var csv = await OfferAsync(".csv");
        await _bot.AnswerFileAsync(csv, accept: true, TeamsUser.Secretariat, _drive.UploadUrl((string)csv["name"]!));

        var again = await _bot.AnswerFileAsync(csv, accept: true, TeamsUser.Secretariat, _drive.UploadUrl((string)csv["name"]!));

        Assert.Contains("no longer offered", CardJsonQuery.Text(CardOf(Assert.Single(again).Activity)));
        Assert.Single(_drive.Uploads);
    }

    [Fact]
    public async Task Declining_uploads_nothing_and_spends_the_offer()
    {
        var csv = await OfferAsync(".csv");

        var declined = await _bot.AnswerFileAsync(csv, accept: false, TeamsUser.Secretariat);
        await _bot.AnswerFileAsync(csv, accept: true, TeamsUser.Secretariat, _drive.UploadUrl((string)csv["name"]!));

        Assert.Contains("nothing was uploaded", CardJsonQuery.Text(CardOf(Assert.Single(declined, r => r.Method == "PUT").Activity)));
        Assert.Empty(_drive.Uploads);
    }

    [Fact]
    public async Task A_delegate_answering_the_secretariats_offer_is_refused_and_nothing_is_uploaded()
    {
        var docx = await OfferAsync(".docx");

        var sent = await _bot.AnswerFileAsync(docx, accept: true, TeamsUser.CzechDelegate, _drive.UploadUrl((string)docx["name"]!));

        Assert.Contains("only the working party's secretariat can export", CardJsonQuery.Text(CardOf(Assert.Single(sent).Activity)));
        Assert.Empty(_drive.Uploads);
    }

    [Fact]
    public async Task An_upload_url_where_teams_keeps_no_files_is_not_used()
    {
        await using var elsewhere = await FakeOneDrive.StartAsync();
        var docx = await OfferAsync(".docx");

        var sent = await _bot.AnswerFileAsync(docx, accept: true, TeamsUser.Secretariat, elsewhere.UploadUrl((string)docx["name"]!));

        Assert.Contains("not where Teams keeps files", CardJsonQuery.Text(CardOf(Assert.Single(sent).Activity)));
        Assert.Empty(elsewhere.Uploads);
    }

    [Fact]
    public async Task Exporting_a_deadline_that_does_not_exist_names_the_ones_that_do()
    {
        var answer = CardJsonQuery.Text(await _bot.SayAsync("export comments nowhere/item-1", TeamsUser.Secretariat));

        Assert.Contains("There is no deadline 'nowhere/item-1'", answer);
        Assert.Contains(Item9, answer);
    }

    /// <summary>Asks for the export and returns the file consent card of the file with <paramref name="extension"/>.</summary>
    private async Task<JObject> OfferAsync(string extension) =>
        Assert.Single(FileConsentCards.In((await _bot.SayForAllAsync($"export comments {Item9}", TeamsUser.Secretariat)).Select(r => r.Activity)),
            offer => ((string)offer["name"]!).EndsWith(extension, StringComparison.Ordinal));
}
