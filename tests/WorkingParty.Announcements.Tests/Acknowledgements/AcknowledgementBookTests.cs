using WorkingParty.Announcements.Acknowledgements;
using WorkingParty.Announcements.Roles;
using WorkingParty.Announcements.Tests.Support;
using WorkingParty.Testing;

namespace WorkingParty.Announcements.Tests.Acknowledgements;

public sealed class AcknowledgementBookTests : PinnedInstance
{
    [Fact]
    public async Task Acknowledging_twice_keeps_the_first_press()
    {
        await Bot.AddConversationsAsync(2);
        var announcement = await Bot.AnnounceAsync("Please confirm");
        var user = new TeamsUser("user-0", null, "User 0");

        var first = await Bot.Acknowledgements.AcknowledgeAsync(announcement.Id, user, "DE");
        Time.Advance(TimeSpan.FromHours(1));
        var again = await Bot.Acknowledgements.AcknowledgeAsync(announcement.Id, user with { AadObjectId = "USER-0" }, "DE");

        Assert.Equal(first, again);
        Assert.Single((await Bot.Acknowledgements.OverviewAsync(announcement.Id)).Acknowledged);
    }

    [Fact]
    public async Task The_author_sees_who_acknowledged_by_delegation_and_who_has_not()
    {
        await Bot.AddConversationsAsync(4, channels: 1);
        var announcement = await Bot.AnnounceAsync("Please confirm");
        await Bot.Acknowledgements.AcknowledgeAsync(announcement.Id, new TeamsUser("user-1", null, "User 1"), "FR");
        await Bot.Acknowledgements.AcknowledgeAsync(announcement.Id, new TeamsUser("user-2", null, "User 2"), "DE");

        var overview = await Bot.Acknowledgements.OverviewAsync(announcement.Id);

        Assert.Equal(["DE: User 2", "FR: User 1"],
            overview.AcknowledgedByDelegation().SelectMany(g => g.Select(a => $"{g.Key}: {a.UserName}")));
        Assert.Equal(["DE: User 0", "FR: User 3"], overview.NotYetAcknowledged.Select(r => $"{r.Delegation}: {r.UserName}"));
    }

    [Fact]
    public async Task The_export_lists_everyone_as_csv_with_quoting_and_no_formulas()
    {
        await Bot.AddConversationsAsync(2);
        var announcement = await Bot.AnnounceAsync("Please confirm");
        await Bot.Acknowledgements.AcknowledgeAsync(announcement.Id, new TeamsUser("user-1", null, "=HYPERLINK(\"x\")"), "FR, BE");

        var csv = AcknowledgementCsv.Write(await Bot.Acknowledgements.OverviewAsync(announcement.Id));

        Assert.Equal(
            "\"Delegation\",\"Name\",\"User id\",\"Acknowledged\",\"Acknowledged at (UTC)\"\r\n" +
            "\"FR, BE\",\"'=HYPERLINK(\"\"x\"\")\",\"user-1\",\"yes\",\"2026-11-27 09:00:00\"\r\n" +
            "\"DE\",\"User 0\",\"user-0\",\"no\",\"\"\r\n",
            csv);
    }

    [Fact]
    public async Task An_unknown_announcement_or_a_draft_cannot_be_acknowledged()
    {
        var draft = await Bot.Desk.PrepareAsync(new("Draft", "Not sent"), AnnouncementsInstance.Secretary);
        var user = new TeamsUser("user-1", null);

        Assert.Null(await Bot.Acknowledgements.AcknowledgeAsync("no-such-announcement", user, null));
        Assert.Null(await Bot.Acknowledgements.AcknowledgeAsync(draft.Announcement!.Id, user, null));
    }

    [Fact]
    public async Task A_name_starting_with_a_tab_or_carriage_return_cannot_run_as_a_formula()
    {
        await Bot.AddConversationsAsync(1);
        var announcement = await Bot.AnnounceAsync("Please confirm");
        await Bot.Acknowledgements.AcknowledgeAsync(announcement.Id, new TeamsUser("user-tab", null, "\t=HYPERLINK(\"http://evil\")"), "FR");
        await Bot.Acknowledgements.AcknowledgeAsync(announcement.Id, new TeamsUser("user-cr", null, "\r@SUM(1,2)"), "BE");

        var csv = AcknowledgementCsv.Write(await Bot.Acknowledgements.OverviewAsync(announcement.Id));

        var rows = CsvRows.Parse(csv);
        Assert.Equal(CsvRows.AllQuoted(rows), csv);
        Assert.Equal("'\t=HYPERLINK(\"http://evil\")", rows.Single(r => r[2] == "user-tab")[1]);
        Assert.Equal("'\r@SUM(1,2)", rows.Single(r => r[2] == "user-cr")[1]);
    }
}
