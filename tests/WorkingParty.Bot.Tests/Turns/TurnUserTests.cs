using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using WorkingParty.Bot.Bots;

namespace WorkingParty.Bot.Tests.Turns;

/// <summary>The roles check and the comments know the sender of a turn by the same id and name.</summary>
public sealed class TurnUserTests
{
    private static TurnContext TurnFrom(string? id, string? aadObjectId, string? name) =>
        new(new TestAdapter(), new Activity(ActivityTypes.Message) { From = new ChannelAccount(id, name) { AadObjectId = aadObjectId } });

    [Fact]
    public void A_sender_with_an_entra_object_id_is_known_by_it_to_the_roles_and_the_comments()
    {
        var turn = TurnFrom("29:1abc", "7c1e4f20-aad", "Jana Novak");

        var user = TurnUser.Of(turn);
        var author = TurnUser.AuthorOf(turn);

        Assert.Equal(("7c1e4f20-aad", "Jana Novak"), (user.AadObjectId, user.Name));
        Assert.Equal(("7c1e4f20-aad", "Jana Novak"), (author.UserId, author.DisplayName));
        Assert.Equal("7c1e4f20-aad", TurnUser.IdOf(turn));
    }

    [Fact]
    public void Without_an_object_id_a_comment_is_filed_under_the_channel_id_and_the_roles_see_no_object_id()
    {
        var turn = TurnFrom("29:1abc", "  ", "Jana Novak");

        Assert.Null(TurnUser.Of(turn).AadObjectId);
        Assert.Equal("29:1abc", TurnUser.AuthorOf(turn).UserId);
        Assert.Equal("29:1abc", TurnUser.IdOf(turn));
    }

    [Fact]
    public void A_sender_without_a_name_is_unnamed_for_the_roles_and_a_delegate_for_the_comments()
    {
        var turn = TurnFrom("29:1abc", "7c1e4f20-aad", " ");

        Assert.Null(TurnUser.Of(turn).Name);
        Assert.Equal(TurnUser.Unnamed, TurnUser.AuthorOf(turn).DisplayName);
    }
}
