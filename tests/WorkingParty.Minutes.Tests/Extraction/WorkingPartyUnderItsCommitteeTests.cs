using WorkingParty.Minutes.Model;
using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Extraction;

/// <summary>
/// A working party addressed under its committee, the working party in brackets ("Fisheries Policy Committee (Inland
/// Harbours Working Party)"): the bracketed working party is our body, so is the acronym the Subject brackets after
/// it, and so is a code of its initials with "WP" after them; a move of "the IHWP meeting" moves our meeting.
/// </summary>
public class WorkingPartyUnderItsCommitteeTests
{
    private static Meeting Minutes(string subject, string aob) =>
        Read("Brussels, 20 October 2038\nOUTCOME OF PROCEEDINGS\nFrom: General Secretariat of the Council\nOn: 11 October 2038\n"
            + $"To: Fisheries Policy Committee (Inland Harbours Working Party)\nSubject: {subject}\n\n"
            + $"1. Quay tariffs\n\nThe Commission presented its study.\n\n2. AOB\n\n{aob}");

    private static List<DateOnly> NextMeetings(Meeting m) =>
        m.Events.Where(e => e.Kind == EventKind.NextMeeting && e.Status != "cancelled").Select(e => e.Date).Order().ToList();

    private const string Moved = "The Presidency informed delegations that the IHWP meeting scheduled for 25 October had been postponed to 2 November 2038. The following meeting will take place on 16 November 2038.";

    [Theory]
    [InlineData("Inland Harbours Working Party (IHWP)")]
    [InlineData("Outcome of the meeting")]
    public void A_move_of_the_bracketed_working_partys_meeting_by_its_acronym_moves_our_meeting(string subject)
    {
        Assert.Equal([D("2038-11-02"), D("2038-11-16")], NextMeetings(Minutes(subject, Moved)));
    }

    [Fact]
    public void Another_bodys_acronym_stays_another_bodys_meeting()
    {
        Assert.Equal([D("2038-11-16")], NextMeetings(Minutes("Inland Harbours Working Party (IHWP)",
            "The CCNR meeting scheduled for 25 October had been postponed to 2 November 2038. The following meeting will take place on 16 November 2038.")));
    }
}
