using System.Text.Json.Nodes;

namespace WorkingParty.LoadTest.Turns;

/// <summary>A personal-chat message activity shaped as Teams posts it to a bot.</summary>
public static class TeamsMessage
{
    public static string Json(string activityId, int delegateNumber, string text, string serviceUrl) => new JsonObject
    {
        ["type"] = "message",
        ["id"] = activityId,
        ["timestamp"] = "2019-06-14T09:00:00.000Z",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = $"29:delegate-{delegateNumber}", ["name"] = $"Delegate {delegateNumber}", ["aadObjectId"] = $"00000000-0000-0000-0000-{delegateNumber:D12}" },
        ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = "tenant-1", ["id"] = $"a:personal-chat-{delegateNumber}" },
        ["recipient"] = new JsonObject { ["id"] = "28:working-party-bot", ["name"] = "Working Party Bot" },
        ["textFormat"] = "plain",
        ["locale"] = "en-GB",
        ["text"] = text,
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
    }.ToJsonString();
}
