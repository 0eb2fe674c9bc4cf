using WorkingParty.Bot.Tests.Comments.Support;
using WorkingParty.Comments;
using static WorkingParty.Bot.Tests.Comments.Support.CommentsBot;

namespace WorkingParty.Bot.Tests.Comments;

public sealed class LateSubmissionTests : IAsyncLifetime
{
    private CommentsBot _bot = null!;

    // Item 7's deadline was 29 March 2017: on the 30th it has passed.
    public async Task InitializeAsync() => _bot = await StartAsync(today: "2017-03-30");

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_form_sent_after_the_deadline_is_refused_naming_the_deadline_and_kept_for_the_secretariat()
    {
        var form = await _bot.OpenFormAsync(Item7);

        var answer = ReplacingCard(await _bot.ExecuteAsync(Filled(form, "Too late, sadly.")));

        var text = CardJsonQuery.Text(answer);
        Assert.Contains("was 29 March 2017 (end of day, Europe/Brussels time), so your comment was not submitted", text);
        Assert.DoesNotContain("received", text);
        Assert.Equal("Too late, sadly.", CardJsonQuery.InputValue(answer, "comment"));
        Assert.Equal(CommentStatus.AwaitingLateAcceptance, Assert.Single(await _bot.StoredAsync(Item7)).Status);
    }

    [Fact]
    public async Task The_form_of_a_passed_deadline_warns_before_anything_is_written()
    {
        var form = await _bot.OpenFormAsync(Item7);

        Assert.Contains("The deadline for", CardJsonQuery.Text(form));
        Assert.Contains("was 29 March 2017", CardJsonQuery.Text(form));
    }
}
