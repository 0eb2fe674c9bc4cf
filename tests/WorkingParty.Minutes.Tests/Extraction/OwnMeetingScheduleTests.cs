using WorkingParty.Minutes.Model;
using WorkingParty.Minutes.Reading;
using WorkingParty.Minutes.Tests.Reading;
using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Extraction;

/// <summary>
/// Our own coming meetings said without "next meeting": moves of a dated meeting, calendars with an inserted phrase or
/// a colon (its lead-in naming the year), the body named as the subject, dates listed under a calendar heading, and a
/// sentence wrapped before its date. Another body's meetings and workshops stay what they are.
/// </summary>
public class OwnMeetingScheduleTests
{
    private const string Header = "Brussels, 14 May 2025\nOUTCOME OF PROCEEDINGS\nOn: 6 May 2025\nTo: Delegations\nSubject: Working Party on Forestry (WPF)\n\n";

    private static Meeting Minutes(string aob) =>
        Read($"{Header}1. Deforestation regulation\n\nThe Commission presented its guidance.\n\n2. AOB\n\n{aob}");

    private static IEnumerable<DateOnly> NextMeetings(Meeting m) =>
        m.Events.Where(e => e.Kind == EventKind.NextMeeting && e.Status != "cancelled").Select(e => e.Date).Order();

    [Fact]
    public void A_meeting_moved_to_a_new_date_is_our_next_meeting_and_its_old_date_is_kept_as_moved()
    {
        var m = Minutes("The Chair informed delegations that the meeting originally foreseen for 12 June had been rescheduled to 19 June.");

        Assert.Equal([D("2025-06-19")], NextMeetings(m));
        var old = Assert.Single(m.Events, e => e.Date == D("2025-06-12"));
        Assert.Equal(("moved", EventKind.Event), (old.Status, old.Kind));
    }

    [Fact]
    public void A_meeting_held_on_another_day_instead_is_moved()
    {
        var m = Minutes("The meeting set for 8 July will be held on 15 July instead.");

        Assert.Equal([D("2025-07-15")], NextMeetings(m));
        Assert.Contains(m.Events, e => e.Date == D("2025-07-08") && e.Status == "moved" && e.Kind == EventKind.Event);
    }

    [Fact]
    public void Another_bodys_move_and_a_moved_workshop_are_not_our_meetings()
    {
        var m = Minutes("The meeting of the Standing Committee on Forest Reproductive Material planned for 10 June was postponed to 17 June. " +
                        "The workshop on forest monitoring initially planned for 3 June was postponed to 24 June.");

        Assert.Empty(NextMeetings(m));
        Assert.Contains(m.Events, e => e.Date == D("2025-06-24") && e.Kind == EventKind.Workshop);
    }

    [Fact]
    public void A_calendar_with_an_inserted_phrase_or_a_colon_gives_our_next_meetings()
    {
        Assert.Equal([D("2025-05-20"), D("2025-06-03")],
            NextMeetings(Minutes("Meetings of the Working Party were foreseen, for the rest of the semester, on 20 May and 3 June.")));
        Assert.Equal([D("2025-05-21"), D("2025-06-04"), D("2025-06-18")],
            NextMeetings(Minutes("The Presidency presented its calendar: the Working Party would meet on 21 May, 4 June and 18 June.")));
    }

    [Fact]
    public void A_calendar_whose_lead_in_names_its_year_gives_our_next_meetings_in_that_year()
    {
        Assert.Equal([D("2026-01-13"), D("2026-02-03"), D("2026-02-24")],
            NextMeetings(Minutes("The incoming Czech delegation presented the indicative dates of the WPF meetings under its Presidency in 2026: 13 January, 3 February and 24 February.")));
    }

    [Fact]
    public void Our_body_named_in_full_as_the_subject_of_meet_or_reconvene_gives_a_next_meeting()
    {
        Assert.Equal([D("2025-05-27")], NextMeetings(Minutes("The Working Party on Forestry would reconvene on 27 May.")));
        Assert.Equal([D("2025-06-02"), D("2025-06-09"), D("2025-06-16")],
            NextMeetings(Minutes("The meetings on the draft regulation would continue on 2 June and 9 June and, if needed, 16 June.")));
    }

    [Fact]
    public void Another_body_meeting_on_a_date_stays_another_bodys()
    {
        var m = Minutes("The Standing Forestry Committee would meet on 22 May. The Council would be held on 16 June.");

        Assert.Empty(NextMeetings(m));
    }

    [Fact]
    public void Dates_under_a_calendar_heading_are_next_meetings_unless_they_name_another_body()
    {
        var m = Read($"{Header}1. Deforestation regulation\n\nThe Commission presented its guidance.\n\n2. Calendar\n\n" +
                     "22 May 2025 (videoconference)\n\n5 June 2025\n\nThe AGRIFISH Council will meet on 16 June 2025.");

        Assert.Equal([D("2025-05-22"), D("2025-06-05")], NextMeetings(m));
    }

    [Fact]
    public void A_next_meetings_sub_heading_inside_an_item_makes_the_dates_below_it_next_meetings()
    {
        var m = Minutes("The Presidency thanked delegations.\n\nNext meetings\n\n- 23 May 2025\n- 6 June 2025\n\nInfo point\n\nA conference would take place on 30 June 2025.");

        Assert.Equal([D("2025-05-23"), D("2025-06-06")], NextMeetings(m));
    }

    [Fact]
    public void A_bullet_wrapped_before_its_date_keeps_the_next_meeting()
    {
        var m = Minutes("\u2022 the next meeting would take place on\n28 May 2025 at 10.00\n\u2022 the agenda would follow.");

        Assert.Equal([D("2025-05-28")], NextMeetings(m));
    }

    [Fact]
    public void A_word_bullet_whose_date_went_to_the_next_paragraph_keeps_the_next_meeting()
    {
        var docx = new WordMinutes()
            .Table(["From:", "General Secretariat of the Council"], ["On:", "6 May 2025"], ["To:", "Delegations"], ["Subject:", "Working Party on Forestry"])
            .Listed("Deforestation regulation")
            .Paragraph("The Commission presented its guidance to the delegations.")
            .Listed("AOB")
            .Listed("the next meeting would take place on", level: 2)
            .Paragraph("28 May 2025 at 10.00")
            .Listed("the agenda would follow", level: 2)
            .Build();

        var m = Read(new DocxTextExtractor().Extract(new MemoryStream(docx)).Text);

        Assert.Equal([D("2025-05-28")], NextMeetings(m));
    }

    [Theory]
    [InlineData("It will be preceded by a meeting of the forest fire experts on 27-28 May.")]
    [InlineData("The national contact points will meet on 4 June.")]
    public void Another_groups_meeting_under_a_next_meeting_heading_is_not_ours(string other)
    {
        var m = Minutes("The Presidency thanked delegations.\n\nNext meeting\n\nThe next meeting of the Working Party is tentatively scheduled for 3 June 2025. " + other);

        Assert.Equal([D("2025-06-03")], NextMeetings(m));
    }
}
