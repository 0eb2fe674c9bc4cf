using Newtonsoft.Json.Linq;
using WorkingParty.Bot.Tests.Comments.Support;
using WorkingParty.Cards.Actions;

namespace WorkingParty.Bot.Tests.Security;

/// <summary>
/// Issue 14, item 13: a forged "Show more" with an offset near int.MaxValue shows a real page, not an overflowed count;
/// one below zero is no button the bot made, and is answered as such with nothing shown.
/// </summary>
public sealed class HugeOffsetTests : CommentsBotTest
{
    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(int.MaxValue - 10)]
    [InlineData(1_000_000)]
    public async Task Show_more_with_a_huge_offset_shows_the_last_page(int offset)
    {
        var card = await Bot.ExecuteForMessageAsync(new JObject { ["verb"] = ButtonData.VerbOf<ShowMore>(), ["question"] = "what was on the agenda?", ["offset"] = offset });

        AssertSanePage(card);
        // The agenda of the sample minutes fits on one page, so its last page is the whole answer.
        Assert.Equal(CardJsonQuery.Text(await Bot.SayAsync("what was on the agenda?")), CardJsonQuery.Text(card));
    }

    [Theory]
    [InlineData(int.MaxValue)]
    public async Task My_comments_with_a_forged_offset_shows_a_real_page(int offset)
    {
        await Bot.SendCommentAsync(CommentsBot.Item9, "Our comment on the draft.");

        var card = await Bot.ExecuteForMessageAsync(new JObject { ["verb"] = ButtonData.VerbOf<ShowMyComments>(), ["offset"] = offset });

        AssertSanePage(card);
        Assert.Contains("Our comment on the draft.", CardJsonQuery.Text(card));
    }

    [Theory]
    [InlineData(-5)]
    [InlineData(int.MinValue)]
    public async Task My_comments_with_an_offset_below_zero_is_refused_as_a_button_the_bot_never_made(int offset)
    {
        await Bot.SendCommentAsync(CommentsBot.Item9, "Our comment on the draft.");

        var card = await Bot.ExecuteForMessageAsync(new JObject { ["verb"] = ButtonData.VerbOf<ShowMyComments>(), ["offset"] = offset });

        AssertSanePage(card);
        Assert.Contains("That button sent something I cannot read", CardJsonQuery.Text(card), StringComparison.Ordinal);
        Assert.DoesNotContain("Our comment on the draft.", CardJsonQuery.Text(card), StringComparison.Ordinal);
    }

    private static void AssertSanePage(JObject card)
    {
        var text = CardJsonQuery.Text(card);
        Assert.DoesNotContain("Showing -", text);
        Assert.DoesNotContain("2147483", text);
        Assert.DoesNotContain("1000001", text);
    }
}
