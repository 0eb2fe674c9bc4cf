using Newtonsoft.Json.Linq;

namespace WorkingParty.Bot.Tests.Support;

/// <summary>Activities shaped as Teams sends them.</summary>
public static class TeamsActivities
{
    public const string BotId = "28:working-party-bot";

    public static JObject PersonalMessage(string text, string serviceUrl) => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("n"),
        ["timestamp"] = "2017-03-25T09:00:00.000Z",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JObject { ["id"] = "29:delegate-cz", ["name"] = "Jana Novak", ["aadObjectId"] = "6f1c0000-0000-0000-0000-00000000c2" },
        ["conversation"] = new JObject { ["conversationType"] = "personal", ["tenantId"] = "tenant-1", ["id"] = "a:personal-chat-1" },
        ["recipient"] = new JObject { ["id"] = BotId, ["name"] = "Working Party Bot" },
        ["textFormat"] = "plain",
        ["locale"] = "en-GB",
        ["text"] = text,
        ["channelData"] = new JObject { ["tenant"] = new JObject { ["id"] = "tenant-1" } },
    };

    public static JObject ChannelMention(string textAfterMention, string serviceUrl)
    {
        var activity = PersonalMessage($"<at>Working Party Bot</at> {textAfterMention}", serviceUrl);
        activity["conversation"] = new JObject
        {
            ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = "tenant-1",
            ["id"] = "19:general@thread.tacv2;messageid=1",
        };
        activity["entities"] = new JArray(new JObject
        {
            ["type"] = "mention",
            ["text"] = "<at>Working Party Bot</at>",
            ["mentioned"] = new JObject { ["id"] = BotId, ["name"] = "Working Party Bot" },
        });
        activity["channelData"] = new JObject
        {
            ["tenant"] = new JObject { ["id"] = "tenant-1" },
            ["team"] = new JObject { ["id"] = "19:team@thread.tacv2" },
            ["channel"] = new JObject { ["id"] = "19:general@thread.tacv2" },
        };
        return activity;
    }

    public static JObject BotInstalled(string serviceUrl)
    {
        var activity = PersonalMessage("", serviceUrl);
        activity.Remove("text");
        activity["type"] = "installationUpdate";
        activity["action"] = "add";
        return activity;
    }
}
