using System.Text.RegularExpressions;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using WorkingParty.Announcements.Roles;
using WorkingParty.Bot.Features.Comments;
using WorkingParty.Bot.Features.Questions;
using WorkingParty.Bot.Routing;
using WorkingParty.Bot.Tests.Support;
using WorkingParty.Cards.Actions;

namespace WorkingParty.Bot.Tests.Routing;

/// <summary>The route table: one handler per verb and per command, refused at start otherwise, and the bot's own table.</summary>
public sealed partial class RouteTableTests
{
    [Fact]
    public void Two_handlers_claiming_one_card_verb_stop_the_start_naming_both()
    {
        var routes = new RouteTable().Button<OpenItem, OpensItems>();

        var error = Assert.Throws<InvalidOperationException>(() => routes.Button<OpenItem, AlsoOpensItems>());

        Assert.Contains("'item'", error.Message);
        Assert.Contains(nameof(OpensItems), error.Message);
        Assert.Contains(nameof(AlsoOpensItems), error.Message);
    }

    [Fact]
    public void A_command_answering_what_another_answers_stops_the_start_naming_both()
    {
        var routes = new RouteTable().Command<Says>(CommandPattern.Phrases("announce", "announcement"));

        var phrase = Assert.Throws<InvalidOperationException>(() => routes.Command<AlsoSays>(CommandPattern.Phrases("Announcement")));
        var expression = Assert.Throws<InvalidOperationException>(() => routes.Command<AlsoSays>(CommandPattern.Expression(Announce(), "announce now")));

        Assert.Contains("\u201CAnnouncement\u201D", phrase.Message);
        Assert.Contains("\u201Cannounce\u201D", expression.Message);
        Assert.All([phrase, expression], error => Assert.Contains($"{nameof(Says)} and {nameof(AlsoSays)}", error.Message));
    }

    [Fact]
    public void Two_commands_taking_files_stop_the_start()
    {
        var routes = new RouteTable().Command<Says>(CommandPattern.Files(_ => true, "minutes files"));

        Assert.Throws<InvalidOperationException>(() => routes.Command<AlsoSays>(CommandPattern.Files(_ => true, "pictures")));
    }

    [Fact]
    public void Commands_that_never_meet_live_side_by_side_and_a_file_is_taken_before_its_text()
    {
        var routes = new RouteTable()
            .Command<Says>(CommandPattern.Phrases("help", ""))
            .Command<AlsoSays>(CommandPattern.Files(_ => true, "any file"))
            .Command<Exports>(CommandPattern.Expression(Export(), "export comments a/b"));
        var file = MessageFactory.Attachment(new Attachment("application/pdf"));

        Assert.Equal(typeof(Says), routes.For(MessageFactory.Text("Help!"), "Help!")?.Route.Handler);
        Assert.Equal("a/b", routes.For(MessageFactory.Text("export comments a/b"), "export comments a/b")?.Match.Argument);
        Assert.Equal(typeof(AlsoSays), routes.For(file, "")?.Route.Handler);
        Assert.Null(routes.For(MessageFactory.Text("when is the next meeting?"), "when is the next meeting?"));
    }

    [Fact]
    public void The_bot_has_one_route_for_every_card_verb_and_declares_who_may_use_each()
    {
        using var bot = new TurnRunner();
        var routes = bot.Services.GetRequiredService<RouteTable>();

        Assert.Equal(ButtonData.Kinds.OrderBy(kind => kind.Name), routes.Buttons.Select(route => route.Action).OrderBy(kind => kind.Name));
        Assert.Equal(typeof(ExportCommentsCommand), routes.For(MessageFactory.Text("export comments x"), "export comments x")?.Route.Handler);
        Assert.Equal(SecretariatAction.Export, routes.For(MessageFactory.Text("export comments x"), "export comments x")?.Route.UsableBy.SecretariatTask);
        Assert.Equal(UsableBy.Everyone, routes.Buttons.Single(route => route.Action == typeof(SubmitComment)).UsableBy);
        Assert.Equal(typeof(HelpFeature), routes.For(MessageFactory.Text(""), "")?.Route.Handler);
    }

    [GeneratedRegex("^announce( now)?$")]
    private static partial Regex Announce();

    [GeneratedRegex(@"^export comments (?<argument>\S+)$")]
    private static partial Regex Export();

    private class OpensItems : IButtonHandler<OpenItem>
    {
        public Task<ButtonResult> HandleAsync(ITurnContext turnContext, OpenItem action, CancellationToken cancellationToken) => throw new NotSupportedException();
    }

    private sealed class AlsoOpensItems : OpensItems;

    private class Says : ICommandHandler
    {
        public Task HandleAsync(ITurnContext<IMessageActivity> turnContext, CommandMatch command, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private sealed class AlsoSays : Says;

    private sealed class Exports : Says;
}
