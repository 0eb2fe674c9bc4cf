using System.Text.Json.Nodes;

namespace WorkingParty.LoadTest.Turns;

/// <summary>Activities shaped as Teams posts them to a bot from a delegate's personal chat.</summary>
public static class TeamsMessage
{
    /// <summary>A message the delegate typed.</summary>
    public static string Json(string activityId, int delegateNumber, string text, string serviceUrl)
    {
        var activity = Envelope("message", activityId, delegateNumber, serviceUrl);
        activity["textFormat"] = "plain";
        activity["text"] = text;
        return activity.ToJsonString();
    }

    /// <summary>What every activity from delegate <paramref name="delegateNumber"/> carries: who, where, through which connector.</summary>
    public static JsonObject Envelope(string type, string activityId, int delegateNumber, string serviceUrl) => new()
    {
        ["type"] = type,
        ["id"] = activityId,
        ["timestamp"] = "2019-06-14T09:00:00.000Z",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = $"29:delegate-{delegateNumber}", ["name"] = $"Delegate {delegateNumber}", ["aadObjectId"] = $"00000000-0000-0000-0000-{delegateNumber:D12}" },
        ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = "tenant-1", ["id"] = $"a:personal-chat-{delegateNumber}" },
        ["recipient"] = new JsonObject { ["id"] = "28:working-party-bot", ["name"] = "Working Party Bot" },
        ["locale"] = "en-GB",
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
    };
}
