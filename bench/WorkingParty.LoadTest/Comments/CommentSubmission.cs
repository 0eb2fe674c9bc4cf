using System.Text.Json.Nodes;
using WorkingParty.LoadTest.Turns;

namespace WorkingParty.LoadTest.Comments;

/// <summary>
/// One delegate's filled-in comment form, sent as Teams sends an Action.Execute click: an <c>adaptiveCard/action</c>
/// invoke with the verb <c>comment.submit</c> and the form's data (deadline, nonce, comment, delegation).
/// </summary>
public sealed record CommentSubmission(int Delegate, string DeadlineId, string Nonce, string Text, string Delegation)
{
    public string InvokeJson(string activityId, string serviceUrl)
    {
        var activity = TeamsMessage.Envelope("invoke", activityId, Delegate, serviceUrl);
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject
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
        };
        return activity.ToJsonString();
    }
}
