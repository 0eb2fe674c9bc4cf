using Newtonsoft.Json;
using WorkingParty.Bot.Hosting;

namespace WorkingParty.Bot.Cli;

/// <summary>
/// <c>ask "&lt;question&gt;" [--json] [--today yyyy-mm-dd] [--minutes folder]</c>: one turn through the
/// same bot pipeline, in this process; prints the reply (or the reply activities as JSON).
/// </summary>
public static class AskCommand
{
    public static async Task<int> RunAsync(CliArguments args)
    {
        var question = args.OnePositional("question");
        using var services = CliServices.Build(args);
        var adapter = new InProcessAdapter(services.Get<TimeProvider>(), services.Get<ILogger<InProcessAdapter>>());
        await adapter.RunTurnAsync(PersonalChatMessage(question), services.Get<IBot>(), CancellationToken.None);

        Console.WriteLine(args.Has("json")
            ? JsonConvert.SerializeObject(adapter.Replies, Formatting.Indented, new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore })
            : string.Join(Environment.NewLine + Environment.NewLine, adapter.Replies.Select(ReplyText.Of)));
        return 0;
    }

    private static Activity PersonalChatMessage(string text) => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("n"),
        ChannelId = "msteams",
        ServiceUrl = "http://localhost/cli",
        Text = text,
        From = new ChannelAccount("cli-user", "Command line"),
        Recipient = new ChannelAccount("working-party-bot", "Working Party Bot"),
        Conversation = new ConversationAccount(isGroup: false, conversationType: "personal", id: "cli"),
        Locale = "en-GB",
    };
}
