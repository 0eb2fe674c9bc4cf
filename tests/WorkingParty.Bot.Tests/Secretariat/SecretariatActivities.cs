using Newtonsoft.Json.Linq;
using WorkingParty.Bot.Tests.Support;

namespace WorkingParty.Bot.Tests.Secretariat;

/// <summary>The people and Teams activities of the secretariat's tests.</summary>
public static class SecretariatActivities
{
    public const string SecretaryId = "5e0c0000-0000-0000-0000-00000000a1";
    public const string SecretaryChat = "a:personal-secretary";
    public const string DelegateId = "6f1c0000-0000-0000-0000-00000000c2";
    public const string DelegateChat = "a:personal-chat-1";
    public const string TeamId = "19:team-general@thread.tacv2";

    public static JObject SecretaryMessage(string text, string serviceUrl) => AsSecretary(TeamsActivities.PersonalMessage(text, serviceUrl));

    public static JObject DelegateMessage(string text, string serviceUrl) => TeamsActivities.PersonalMessage(text, serviceUrl);

    public static JObject AsSecretary(JObject activity)
    {
        activity["from"] = new JObject { ["id"] = "29:secretary", ["name"] = "Maria Rossi", ["aadObjectId"] = SecretaryId };
        activity["conversation"]!["id"] = SecretaryChat;
        return activity;
    }

    /// <summary>The bot added to a team: Teams tells it in the team's General channel, whose id is the team's.</summary>
    public static JObject AddedToTeam(string serviceUrl) => TeamUpdate(serviceUrl, "membersAdded");

    public static JObject RemovedFromTeam(string serviceUrl) => TeamUpdate(serviceUrl, "membersRemoved");

    public static JObject Uninstalled(string serviceUrl)
    {
        var activity = TeamsActivities.BotInstalled(serviceUrl);
        activity["action"] = "remove";
        return activity;
    }

    /// <summary>A card button pressed in Teams (Action.Execute) on the card message <paramref name="cardId"/>: an activity of its own, with its own id.</summary>
    public static JObject Press(JObject from, JObject data, string cardId)
    {
        var activity = (JObject)from.DeepClone();
        activity["id"] = Guid.NewGuid().ToString("n");
        activity.Remove("text");
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        activity["replyToId"] = cardId;
        activity["value"] = new JObject { ["action"] = new JObject { ["type"] = "Action.Execute", ["verb"] = data["verb"], ["data"] = data } };
        return activity;
    }

    /// <summary>A file sent in a personal chat, as Teams delivers it: a new message, with an id of its own.</summary>
    public static JObject FileMessage(JObject from, string name, string fileType, string downloadUrl)
    {
        var activity = (JObject)from.DeepClone();
        activity["id"] = Guid.NewGuid().ToString("n");
        activity["text"] = "";
        activity["attachments"] = new JArray(new JObject
        {
            ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
            ["name"] = name,
            ["contentUrl"] = "https://contoso.sharepoint.com/personal/secretary/Documents/" + name,
            ["content"] = new JObject { ["downloadUrl"] = downloadUrl, ["uniqueId"] = Guid.NewGuid().ToString(), ["fileType"] = fileType },
        });
        return activity;
    }

    private static JObject TeamUpdate(string serviceUrl, string change)
    {
        var activity = TeamsActivities.ChannelMention("", serviceUrl);
        activity.Remove("text");
        activity.Remove("entities");
        activity["type"] = "conversationUpdate";
        activity["conversation"]!["id"] = TeamId;
        activity[change] = new JArray(new JObject { ["id"] = TeamsActivities.BotId });
        activity["channelData"]!["team"]!["id"] = TeamId;
        activity["channelData"]!["channel"]!["id"] = TeamId;
        activity["channelData"]!["eventType"] = change == "membersAdded" ? "teamMemberAdded" : "teamMemberRemoved";
        return activity;
    }
}
