using System.Text.Json.Nodes;
using WorkingParty.Minutes.Storage;
using WorkingParty.Minutes.Tests.Samples;

namespace WorkingParty.Minutes.Tests.Storage;

public class MeetingJsonTests
{
    private static readonly string SeedJson = MeetingJson.Serialize(SampleMinutes.Parse(SampleMinutes.Seed));

    [Fact]
    public void Writes_the_fields_the_cli_promises_in_camel_case_with_iso_dates_and_kebab_kinds()
    {
        var json = JsonNode.Parse(SeedJson)!;

        Assert.Equal("Horizontal Working Party on Cyber Issues", (string?)json["body"]);
        Assert.Matches(@"^2017-03-\d\d$", (string?)json["date"]);
        Assert.True((bool?)json["dateInferred"]);
        Assert.False(string.IsNullOrEmpty((string?)json["title"]));
        var item7 = json["items"]![6]!;
        Assert.Equal(7, (int?)item7["number"]);
        Assert.Equal("7130/17", (string?)item7["documents"]![0]);
        Assert.Contains("EEAS", item7["actors"]!.AsArray().Select(a => (string?)a));
        var kinds = json["events"]!.AsArray().Select(e => (string?)e!["kind"]).ToHashSet();
        Assert.Equal(["event", "next-meeting", "past-event", "workshop"], kinds.Order(StringComparer.Ordinal));
        var nextMeeting = json["events"]!.AsArray().First(e => (string?)e!["kind"] == "next-meeting")!;
        Assert.Equal("2017-04-19", (string?)nextMeeting["date"]);
        Assert.Null(nextMeeting["endDate"]);
        Assert.Equal(2, (int?)nextMeeting["item"]);
        Assert.False(string.IsNullOrEmpty((string?)nextMeeting["description"]));
        var deadline = json["deadlines"]![1]!;
        Assert.Equal(("2017-04-03", 9, "WK 2569/2017"), ((string?)deadline["date"], (int?)deadline["item"], (string?)deadline["documents"]![0]));
        Assert.Contains("written comments", (string?)deadline["subject"]);
    }

    [Fact]
    public void Round_trips()
    {
        var again = MeetingJson.Serialize(MeetingJson.Deserialize(SeedJson));

        Assert.Equal(SeedJson, again);
    }
}
