using WorkingParty.Announcements.Broadcast;
using WorkingParty.Announcements.Drafting;
using WorkingParty.Announcements.Roles;
using WorkingParty.Announcements.ScheduleChanges;
using WorkingParty.Announcements.Tests.Support;

namespace WorkingParty.Announcements.Tests.Drafting;

public sealed class AnnouncementDeskTests : PinnedInstance
{
    private static readonly TeamsUser Delegate = new("dddd-4444", "delegate@example.eu", "A Delegate");

    [Fact]
    public async Task A_draft_is_stored_for_the_preview_and_nothing_is_sent_before_Send()
    {
        await Bot.AddConversationsAsync(3);

        var result = await Bot.Desk.PrepareAsync(new AnnouncementDraft("  Room change ", "Room 50.4 instead.", Importance.High), AnnouncementsInstance.Secretary);

        Assert.True(result.Succeeded);
        var stored = await Bot.Announcements.GetAsync(result.Announcement!.Id);
        Assert.Equal((AnnouncementStatus.Draft, "Room change", Importance.High, "Secretary"),
            (stored!.Status, stored.Content.Title, stored.Content.Importance, stored.AuthorName));
        Assert.Empty(await Bot.Outbox.ReadAsync(stored.Id));
    }

    [Fact]
    public async Task Bad_input_gets_every_problem_in_one_answer_and_stores_nothing()
    {
        var draft = new AnnouncementDraft(" ", new string('x', AnnouncementDraft.MaxTextLength + 1),
            NextMeetingMovedTo: new DateOnly(2026, 11, 1), DeadlineExtended: new DeadlineExtension("", new DateOnly(2026, 12, 1)));

        var result = await Bot.Desk.PrepareAsync(draft, AnnouncementsInstance.Secretary);

        Assert.Equal(
        [
            "Please give the announcement a title.",
            $"The text is {AnnouncementDraft.MaxTextLength + 1} characters long; please keep it to {AnnouncementDraft.MaxTextLength}.",
            "The next meeting cannot move to 1 November 2026, which has passed.",
            "Please choose which deadline is extended.",
        ], result.Problems);
        Assert.Empty(await Bot.Announcements.ListAsync().ToListAsync());
    }

    [Fact]
    public async Task Someone_outside_the_secretariat_can_neither_prepare_nor_send()
    {
        var draft = await Bot.Desk.PrepareAsync(new AnnouncementDraft("T", "Text"), AnnouncementsInstance.Secretary);

        var prepared = await Bot.Desk.PrepareAsync(new AnnouncementDraft("T", "Text"), Delegate);
        var sent = await Bot.Desk.SendAsync(draft.Announcement!.Id, Delegate);

        Assert.Contains("only the working party's secretariat can send announcements", Assert.Single(prepared.Problems));
        Assert.False(sent.Succeeded);
        Assert.Equal(AnnouncementStatus.Draft, (await Bot.Announcements.GetAsync(draft.Announcement.Id))!.Status);
    }

    [Fact]
    public async Task Sending_twice_starts_one_broadcast()
    {
        await Bot.AddConversationsAsync(4);
        var draft = await Bot.Desk.PrepareAsync(new AnnouncementDraft("Once", "Only once"), AnnouncementsInstance.Secretary);

        var sends = await Task.WhenAll(
            Bot.Desk.SendAsync(draft.Announcement!.Id, AnnouncementsInstance.Secretary),
            Bot.Desk.SendAsync(draft.Announcement.Id, AnnouncementsInstance.Secretary));

        Assert.All(sends, s => Assert.Equal(AnnouncementStatus.Sending, s.Announcement!.Status));
        Assert.Equal(4, (await Bot.Outbox.ReadAsync(draft.Announcement.Id)).Count);
    }

    [Fact]
    public async Task An_unknown_or_forged_id_gets_a_clear_answer()
    {
        var result = await Bot.Desk.SendAsync("../../etc/passwd", AnnouncementsInstance.Secretary);

        Assert.StartsWith("I cannot find that announcement any more", Assert.Single(result.Problems));
    }

    [Fact]
    public async Task Date_changes_from_the_form_are_recorded_with_their_source_when_sent()
    {
        var draft = await Bot.Desk.PrepareAsync(new AnnouncementDraft("New dates", "See below.",
            NextMeetingMovedTo: new DateOnly(2026, 12, 15), DeadlineExtended: new DeadlineExtension("item-9-2026-12-01", new DateOnly(2026, 12, 8))),
            AnnouncementsInstance.Secretary);
        Assert.Empty(await Bot.ScheduleChanges.ListAsync());

        await Bot.Desk.SendAsync(draft.Announcement!.Id, AnnouncementsInstance.Secretary);
        await Bot.Desk.SendAsync(draft.Announcement.Id, AnnouncementsInstance.Secretary);

        Assert.Equal(2, (await Bot.ScheduleChanges.ListAsync()).Count);
        var meeting = await Bot.ScheduleChanges.LatestAsync(ScheduleChangeKind.NextMeeting, ScheduleChange.NextMeetingTarget);
        Assert.Equal(new ScheduleChange(ScheduleChangeKind.NextMeeting, "next-meeting", new DateOnly(2026, 12, 15), draft.Announcement.Id, "Secretary", Time.GetUtcNow()), meeting);
        var deadline = await Bot.ScheduleChanges.LatestAsync(ScheduleChangeKind.Deadline, "item-9-2026-12-01");
        Assert.Equal(new DateOnly(2026, 12, 8), deadline!.NewDate);
        Assert.Null(await Bot.ScheduleChanges.LatestAsync(ScheduleChangeKind.Deadline, "item-3-2026-12-01"));
    }

    [Fact]
    public async Task A_later_change_of_the_same_target_stands()
    {
        foreach (var date in new[] { new DateOnly(2026, 12, 15), new DateOnly(2026, 12, 17) })
        {
            var draft = await Bot.Desk.PrepareAsync(new AnnouncementDraft("Moved", "Again.", NextMeetingMovedTo: date), AnnouncementsInstance.Secretary);
            await Bot.Desk.SendAsync(draft.Announcement!.Id, AnnouncementsInstance.Secretary);
            Time.Advance(TimeSpan.FromMinutes(5));
        }

        var latest = await Bot.ScheduleChanges.LatestAsync(ScheduleChangeKind.NextMeeting, ScheduleChange.NextMeetingTarget);
        Assert.Equal(new DateOnly(2026, 12, 17), latest!.NewDate);
    }
}
