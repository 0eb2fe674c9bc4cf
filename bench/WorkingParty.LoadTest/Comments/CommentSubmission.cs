using System.Text.Json.Nodes;

namespace WorkingParty.LoadTest.Comments;

/// <summary>
/// One delegate's filled-in comment form, sent as Teams sends an Action.Execute click: an <c>adaptiveCard/action</c>
/// invoke with the verb <c>comment.submit</c> and the form's data (deadline, nonce, comment, delegation).
/// </summary>
public sealed record CommentSubmission(int Delegate, string DeadlineId, string Nonce, string Text, string Delegation)
{
    public string InvokeJson(string activityId, string serviceUrl) => new JsonObject
    {
        ["type"] = "invoke",
        ["name"] = "adaptiveCard/action",
        ["id"] = activityId,
        ["timestamp"] = "2017-03-25T09:00:00.000Z",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = $"29:delegate-{Delegate}", ["name"] = $"Delegate {Delegate}", ["aadObjectId"] = $"00000000-0000-0000-0000-{Delegate:D12}" },
        ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = "tenant-1", ["id"] = $"a:personal-chat-{Delegate}" },
        ["recipient"] = new JsonObject { ["id"] = "28:working-party-bot", ["name"] = "Working Party Bot" },
        ["locale"] = "en-GB",
        ["value"] = new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = "Action.Execute",
                ["verb"] = "comment.submit",
                ["data"] = new JsonObject
                {
                    ["verb"] = "comment.submit",
                    ["deadlineId"] = DeadlineId,
                    ["nonce"] = Nonce,
                    ["comment"] = Text,
                    ["delegation"] = Delegation,
                },
            },
            ["trigger"] = "manual",
        },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
    }.ToJsonString();
}
