using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// A working party named by the header code that is its own acronym ("SAFHAR" for Harbour Safety, "HARSA" when the
/// Subject speaks of "the HARSA meeting"), with no meeting word beside it; a meeting named by its day and month in
/// figures ("on 25/11"); a working party's "dates" in a year.
/// </summary>
public class CodedBodyAndNumericDateTests
{
    private static readonly Meeting Harbour = InventedMinutes.Read("""
        Brussels, 2 December 2031
        (OR. en)
        15012/31
        SAFHAR 14
        MAR 77
        OUTCOME OF PROCEEDINGS
        From: General Secretariat of the Council
        On: 25 November 2031
        To: Working Party on Harbour Safety
        Subject: Outcome of proceedings of the SAFHAR meeting of 25 November 2031
        1. Adoption of the agenda
        The agenda was adopted.
        2. Pilotage exemption certificates
        The Commission presented its study on pilotage.
        3. AOB
        The Presidency informed delegations that the meeting planned for 9 December 2031 was cancelled. The next meeting would take place on 16 December 2031. The remaining meetings of the Working Party under the Maltese Presidency will take place on 13 January and 3 February 2032.
        """, "harbour-2031-11.txt");

    private static readonly Meeting Lighthouses = InventedMinutes.Read("""
        Brussels, 20 November 2031
        (OR. en)
        14800/31
        COLIG 9
        OUTCOME OF PROCEEDINGS
        From: General Secretariat of the Council
        On: 12 November 2031
        To: Working Party on Lighthouses and Beacons
        Subject: Outcome of proceedings of the COLIG meeting
        1. Adoption of the agenda
        The agenda was adopted.
        2. Beacon maintenance
        The Commission presented its report.
        """, "lights-2031-11.txt");

    private readonly QuestionAnswerer _answerer = new([Harbour, Lighthouses], new NoScheduleChanges());

    [Fact]
    public void A_header_code_made_of_the_starts_of_the_names_words_names_the_working_party_without_a_meeting_word()
    {
        var answer = Assert.IsType<PassagesAnswer>(_answerer.Answer("is the 9 dec safhar still on", new DateOnly(2031, 12, 4)));

        Assert.Contains(answer.Passages, p => p.Text.Contains("was cancelled", StringComparison.Ordinal));
        Assert.Contains(answer.Passages, p => p.Text.Contains("16 December 2031", StringComparison.Ordinal));
    }

    [Fact]
    public void A_header_code_the_subject_calls_the_meeting_by_names_the_working_party()
    {
        var answer = Assert.IsType<LastMeetingsAnswer>(_answerer.Answer("when was colig?", new DateOnly(2031, 12, 4)));

        Assert.Equal([Lighthouses.Id], answer.Meetings.Select(m => m.MeetingId));
    }

    [Theory]
    [InlineData("what was on the agenda on 25/11")]
    [InlineData("agenda of the harbour safety WP on 25.11.2031?")]
    public void A_day_and_month_in_figures_name_the_meeting(string question)
    {
        var answer = Assert.IsType<AgendaAnswer>(_answerer.Answer(question, new DateOnly(2031, 12, 4)));

        Assert.Equal(Harbour.Id, answer.MeetingId);
    }

    [Fact]
    public void A_working_partys_dates_in_a_year_are_its_coming_meetings_then()
    {
        var answer = Assert.IsType<NextMeetingsAnswer>(_answerer.Answer("harbour safety dates in 2032?", new DateOnly(2031, 12, 4)));

        Assert.Equal([new DateOnly(2032, 1, 13), new DateOnly(2032, 2, 3)], answer.Dates.Select(d => d.Date));
    }
}
