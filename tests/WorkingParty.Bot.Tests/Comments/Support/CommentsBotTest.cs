namespace WorkingParty.Bot.Tests.Comments.Support;

/// <summary>A test class with its own bot host, comment store and pinned day (25 March 2017 unless it says otherwise).</summary>
public abstract class CommentsBotTest(string today = "2017-03-25") : IAsyncLifetime
{
    protected CommentsBot Bot { get; private set; } = null!;

    public virtual async Task InitializeAsync() => Bot = await CommentsBot.StartAsync(today);

    public async Task DisposeAsync() => await Bot.DisposeAsync();
}
