using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using static WorkingParty.Answers.Tests.Categories.SculptureMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// The sixth round's answer categories on invented minutes (<see cref="SculptureMinutes"/>): the own body named by its
/// words beside "minutes" although an item title holds one (4, 6), by a word variant, a hyphen or unwritten initials (7);
/// the library's bodies asked for (6); open deadlines asked "deadline-wise" (13); the recorded meeting asked oddly (14);
/// coming meetings filtered by a period or asked as announced dates (9); the meeting's format and type (10); absences (19).
/// </summary>
public class OwnBodyAndMeetingTests
{
    private readonly QuestionAnswerer _answerer = new(All(), new NoScheduleChanges());

    private T Ask<T>(string question) where T : Answer => Assert.IsType<T>(_answerer.Answer(question, Today));

    [Theory]
    [InlineData("when did the sculpture minutes come out?")]
    [InlineData("issue date of the sculptural heritage minutes?")]
    [InlineData("when was the sculpture summary circulated?")]
    public void C4_the_body_named_beside_minutes_beats_an_item_title_holding_its_word(string question)
    {
        var answer = Ask<MinutesIssuedAnswer>(question);
        Assert.Equal(["sculpture-2038-04-28"], answer.Meetings.Select(m => m.MeetingId));
    }

    [Theory]
    [InlineData("which working parties do you have minutes of?")]
    [InlineData("for what bodies do you hold minutes?")]
    [InlineData("which WPs have you got records for?")]
    public void C6_the_bodies_of_the_library_are_the_minutes_list(string question)
    {
        var answer = Ask<MinutesListAnswer>(question);
        Assert.Equal(3, answer.Meetings.Count);
    }

    [Theory]
    [InlineData("next sculpture working party?")]
    [InlineData("when do the sculpturals meet next?")]
    public void C7_a_word_variant_of_the_name_names_the_body(string question)
    {
        var answer = Ask<NextMeetingsAnswer>(question);
        Assert.Equal(new DateOnly(2038, 6, 9), answer.Dates[0].Date);
        Assert.Equal([Sculpture], answer.Scope);
    }

    [Theory]
    [InlineData("open deadlines of the off-shore WP?")]
    [InlineData("open deadlines of the offshore group?")]
    [InlineData("open deadlines of the off shore WP?")]
    [InlineData("what deadlines are open in WPOS?")]
    public void C7_a_hyphenated_name_is_named_by_its_parts_joined_or_apart_and_by_its_initials(string question)
    {
        var answer = Ask<DeadlinesAnswer>(question);
        Assert.Equal([new DateOnly(2038, 5, 25)], answer.Deadlines.Select(d => d.Date));
    }

    [Theory]
    [InlineData("anything open deadline-wise for the sculpture WP?")]
    [InlineData("WPSH: what is pending for us, deadline wise?")]
    [InlineData("which sculpture deadlines are still open?")]
    public void C13_open_deadlines_asked_deadline_wise_or_with_a_body_word_are_the_body_s(string question)
    {
        var answer = Ask<DeadlinesAnswer>(question);
        Assert.Equal([new DateOnly(2038, 5, 30), new DateOnly(2038, 6, 30)], answer.Deadlines.Select(d => d.Date));
        Assert.False(answer.Deadlines[1].IsCertain);
    }

    [Theory]
    [InlineData("what meeting do these minutes cover?")]
    [InlineData("when was the sculpture WP?")]
    [InlineData("which day do the sculptural heritage minutes relate to?")]
    public void C14_the_recorded_meeting_asked_oddly_is_the_last_meeting(string question)
    {
        var answer = Ask<LastMeetingsAnswer>(question);
        Assert.Equal(new DateOnly(2038, 4, 28), answer.Meetings[0].Date);
    }

    [Theory]
    [InlineData("what did the sculpture WP discuss?")]
    [InlineData("what did the sculptural heritage group talk about?")]
    public void C14_what_a_named_body_discussed_is_the_agenda_of_its_last_meeting(string question) =>
        Assert.Equal("sculpture-2038-04-28", Ask<AgendaAnswer>(question).MeetingId);

    [Theory]
    [InlineData("any sculpture WP meetings after the june one?")]
    [InlineData("sculpture WP: which meetings after the june meeting?")]
    public void C9_meetings_after_a_month_s_meeting_are_those_after_that_month(string question) =>
        Assert.Equal([new DateOnly(2038, 9, 22), new DateOnly(2038, 10, 27), new DateOnly(2038, 11, 17)],
            Ask<NextMeetingsAnswer>(question).Dates.Select(d => d.Date));

    [Theory]
    [InlineData("which sculpture WP meetings are there in the autumn?")]
    [InlineData("autumn dates of the sculpture group?")]
    public void C9_a_season_is_its_months(string question) =>
        Assert.Equal([new DateOnly(2038, 9, 22), new DateOnly(2038, 10, 27), new DateOnly(2038, 11, 17)],
            Ask<NextMeetingsAnswer>(question).Dates.Select(d => d.Date));

    [Theory]
    [InlineData("which sculpture WP dates are left this year?")]
    [InlineData("remaining sculpture meetings this year?")]
    [InlineData("sculpture WP dates for the rest of the year")]
    [InlineData("sculpture meetings for the remainder of the year?")]
    public void C9_what_is_left_of_this_year_is_the_coming_meetings_until_december(string question)
    {
        var answerer = new QuestionAnswerer(All(), new NoScheduleChanges());
        var answer = Assert.IsType<NextMeetingsAnswer>(answerer.Answer(question, new DateOnly(2038, 10, 1)));
        Assert.Equal([new DateOnly(2038, 10, 27), new DateOnly(2038, 11, 17)], answer.Dates.Select(d => d.Date));
    }

    [Theory]
    [InlineData("which dates did the presidency announce for the sculpture WP?")]
    [InlineData("what meeting dates has the Presidency proposed?")]
    public void C9_dates_a_speaker_announced_are_the_coming_meetings(string question) =>
        Assert.Equal(new DateOnly(2038, 6, 9), Ask<NextMeetingsAnswer>(question).Dates.First(d => d.Source.Body == Sculpture).Date);

    [Theory]
    [InlineData("was the sculpture meeting held in person?")]
    [InlineData("was the last sculpture WP a physical one?")]
    public void C10_whether_the_meeting_was_physical_is_told_by_its_format_sentence(string question) =>
        Assert.Contains(FirstPlanned, Ask<PassagesAnswer>(question).Passages.Select(p => p.Text));

    [Theory]
    [InlineData("what was on the agenda of the sculpture videoconference?")]
    [InlineData("agenda of the last sculpture vtc?")]
    public void C10_the_agenda_of_a_meeting_named_by_its_format_is_its_agenda(string question) =>
        Assert.Equal(new DateOnly(2038, 4, 28), Ask<AgendaAnswer>(question).MeetingDate);

    [Theory]
    [InlineData("why was there an additional sculpture meeting?")]
    [InlineData("what was the extra sculpture WP meeting for?")]
    public void C10_why_an_additional_meeting_is_told_by_its_sentence(string question) =>
        Assert.Contains(Extra, Ask<PassagesAnswer>(question).Passages.Select(p => p.Text));

    [Theory]
    [InlineData("when was the april sculpture meeting originally planned?")]
    [InlineData("for which day was the last sculpture WP meeting initially scheduled?")]
    public void C10_the_date_a_held_meeting_was_first_planned_for_is_told_by_its_sentence(string question) =>
        Assert.Contains(FirstPlanned, Ask<PassagesAnswer>(question).Passages.Select(p => p.Text));

    [Theory]
    [InlineData("which delegations were absent?")]
    [InlineData("who did not attend the sculpture meeting?")]
    public void C19_absent_delegations_are_told_by_the_sentence_naming_them(string question)
    {
        var texts = _answerer.Answer(question, Today) switch
        {
            PassagesAnswer passages => passages.Passages.Select(p => p.Text).ToList(),
            SpeakersAnswer speakers => speakers.Passages.Select(p => p.Text).ToList(),
            var other => throw new InvalidOperationException(other.GetType().Name),
        };
        Assert.Contains(Absent, texts);
    }
}
