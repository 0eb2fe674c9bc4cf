using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WorkingParty.Comments;
using WorkingParty.Comments.Model;
using WorkingParty.EndToEnd.Tests.Environment;
using WorkingParty.EndToEnd.Tests.Playground;
using WorkingParty.Storage;
using WorkingParty.Storage.Collections;
using WorkingParty.Storage.Files;

namespace WorkingParty.EndToEnd.Tests.Scenarios;

[Collection(EndToEndCollection.Name)]
public sealed class CommentSubmissionTests(EndToEndEnvironment environment)
{
    [Fact]
    public async Task A_delegate_sends_comments_on_the_3_April_deadline_and_the_receipt_replaces_the_form()
    {
        const string text = "Belgium supports the toolbox and asks for a second reading of the way ahead.";
        await using var chat = await environment.OpenChatAsync(PlaygroundPersona.Delegate);

        var deadlines = await chat.SendAsync("which deadlines are open?");
        await chat.ScreenshotAsync(deadlines, "comments-1-open-deadlines");
        Assert.Contains("Monday 3 April 2017", await deadlines.InnerTextAsync());

        // The innermost part of the card that shows the 3 April deadline and its button.
        var april3 = deadlines.Locator(".ac-container")
            .Filter(new() { HasText = "Monday 3 April 2017", Has = chat.Page.GetByRole(AriaRole.Button, new() { Name = "Write comments", Exact = true }) }).Last;
        var form = await chat.PressAsync(april3, "Write comments", shows: "Written comments");
        var cardsWithForm = await chat.Cards.CountAsync();
        Assert.Contains("Due Monday 3 April 2017", await form.InnerTextAsync());

        // The Playground renders a choice set as a Fluent UI combobox whose options open in a popup outside the card.
        await form.GetByRole(AriaRole.Combobox, new() { Name = "Delegation" }).ClickAsync();
        await chat.Page.GetByRole(AriaRole.Option, new() { NameRegex = new Regex(@"^BE\b") }).ClickAsync();
        await form.GetByRole(AriaRole.Textbox, new() { Name = "Comments" }).FillAsync(text);
        await chat.ScreenshotAsync(form, "comments-2-form");

        var receipt = await chat.PressAsync(form, "Send comments", shows: "Your comments are received");
        await chat.ScreenshotAsync(receipt, "comments-3-receipt");
        Assert.Contains(text, await receipt.InnerTextAsync());
        Assert.Equal(cardsWithForm, await chat.Cards.CountAsync());
        Assert.Equal(0, await chat.Page.GetByRole(AriaRole.Button, new() { Name = "Send comments" }).CountAsync());

        var stored = await StoredCommentsAsync();
        var comment = Assert.Single(stored, c => c.Text == text);
        Assert.EndsWith("2017-04-03", comment.DeadlineId);
        Assert.Equal("BE", comment.Delegation);
        Assert.Equal(PlaygroundPersona.Delegate.AadObjectId, comment.Author.UserId);
    }

    /// <summary>Every comment in the bot's file store, read with the comments domain's own collection.</summary>
    private async Task<List<Comment>> StoredCommentsAsync()
    {
        var comments = new DocumentCollection<Comment>(new FileDocumentStore(environment.StorageFolder), "comments");
        var all = new List<Comment>();
        await foreach (var comment in comments.ListAsync())
            all.Add(comment.Value);
        return all;
    }
}
