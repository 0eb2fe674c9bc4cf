using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using WorkingParty.Announcements.Roles;
using WorkingParty.Bot.Routing;
using WorkingParty.Bot.Tests.Secretariat;
using WorkingParty.Bot.Tests.Support;
using WorkingParty.Cards.Actions;

namespace WorkingParty.Bot.Tests.Routing;

/// <summary>
/// Every route the bot keeps for the secretariat, tried by a delegate: each gets the one polite refusal naming its task,
/// and nothing is stored, changed or sent besides. New secretariat verbs and commands are tried as soon as they are routed.
/// </summary>
public sealed class SecretariatRoutesTests : IDisposable
{
    private const string FileAttempt = "(a file)";

    private readonly TurnRunner _bot = new();

    public static TheoryData<string> SecretariatRoutes() => new(Attempts());

    /// <summary>"button &lt;verb&gt;" for each secretariat verb, "command &lt;example&gt;" for each example of its commands.</summary>
    private static IEnumerable<string> Attempts()
    {
        using var bot = new TurnRunner();
        var routes = bot.Services.GetRequiredService<RouteTable>();
        var buttons = routes.Buttons.Where(route => route.UsableBy.SecretariatTask is not null).Select(route => $"button {ButtonData.VerbOf(route.Action)}");
        var commands = routes.Commands.Where(route => route.UsableBy.SecretariatTask is not null)
            .SelectMany(route => route.Pattern.TakesFiles ? [FileAttempt] : route.Pattern.Examples)
            .Select(example => $"command {example}");
        return [.. buttons, .. commands];
    }

    [Theory]
    [MemberData(nameof(SecretariatRoutes))]
    public async Task A_delegate_is_refused_politely_and_nothing_changes(string attempt)
    {
        await _bot.RunAsync(Delegate("hello"));
        var storedBefore = StoredFiles();

        var replies = await _bot.RunAsync(Activity(attempt, out var task));

        var reply = Assert.Single(replies, activity => activity.Type == "message");
        Assert.StartsWith(SecretariatGate.RefusedTitle, reply.Summary);
        Assert.Contains(RoleDecision.Refuse(task).Refusal!, reply.Summary);
        Assert.Equal(storedBefore, StoredFiles());
    }

    [Fact]
    public void What_only_the_secretariat_may_do_is_routed_for_the_secretariat()
    {
        string[] secretariatOnly =
        [
            "button announce.preview", "button announce.edit", "button announce.send", "button announce.status",
            "button minutes.publish", "button minutes.discard", "button minutes.announce", "button minutes.review.save",
            "button minutes.list", "button minutes.withdraw", "button minutes.restore", "command minutes",
            "button comment.late", "button comment.acceptlate",
            "button roster.show", "button roster.change", "button roster.assign",
            "command announce", "command export comments", "command late comments", "command delegations", $"command {FileAttempt}",
        ];

        Assert.Subset(Attempts().ToHashSet(), secretariatOnly.ToHashSet());
    }

    private JObject Activity(string attempt, out SecretariatAction task)
    {
        var routes = _bot.Services.GetRequiredService<RouteTable>();
        var (kind, what) = (attempt[..attempt.IndexOf(' ')], attempt[(attempt.IndexOf(' ') + 1)..]);
        if (kind == "button")
        {
            var route = routes.Buttons.Single(route => ButtonData.VerbOf(route.Action) == what);
            task = route.UsableBy.SecretariatTask!.Value;
            return SecretariatActivities.Press(Delegate(""), Complete(route.Action), cardId: "card-1");
        }

        var message = what == FileAttempt
            ? SecretariatActivities.FileMessage(Delegate(""), "minutes.txt", "txt", "http://127.0.0.1:9/minutes.txt")
            : Delegate(what);
        task = routes.Commands.Single(route => route.Pattern.TakesFiles == (what == FileAttempt) && (route.Pattern.TakesFiles || route.Pattern.Examples.Contains(what)))
            .UsableBy.SecretariatTask!.Value;
        return message;
    }

    /// <summary>Data its verb accepts: every field its record requires, filled in.</summary>
    private static JObject Complete(Type action)
    {
        var data = new JObject { ["verb"] = ButtonData.VerbOf(action) };
        foreach (var parameter in action.GetConstructors().Single().GetParameters().Where(parameter => !parameter.IsOptional))
        {
            var name = char.ToLowerInvariant(parameter.Name![0]) + parameter.Name[1..];
            data[name] = parameter.ParameterType == typeof(int) ? 1 : JToken.FromObject($"{name}-1");
        }

        return data;
    }

    private static JObject Delegate(string text) => SecretariatActivities.DelegateMessage(text, "http://localhost/connector");

    private SortedDictionary<string, string> StoredFiles() => StoreSnapshot.Of(_bot.StorageFolder);

    public void Dispose() => _bot.Dispose();
}
