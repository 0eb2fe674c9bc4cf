using Newtonsoft.Json.Linq;

namespace WorkingParty.Bot.Tests.Comments.Support;

/// <summary>The people in the comment tests, as Teams names them in an activity's <c>from</c>.</summary>
public sealed record TeamsUser(string Id, string Name, string AadObjectId)
{
    public static readonly TeamsUser CzechDelegate = new("29:delegate-cz", "Jana Novak", "6f1c0000-0000-0000-0000-00000000c2");
    public static readonly TeamsUser FrenchDelegate = new("29:delegate-fr", "Pierre Martin", "6f1c0000-0000-0000-0000-00000000f5");
    public static readonly TeamsUser Secretariat = new("29:secretariat", "Maria Rossi", "6f1c0000-0000-0000-0000-0000000000a1");

    public JObject From() => new() { ["id"] = Id, ["name"] = Name, ["aadObjectId"] = AadObjectId };
}
