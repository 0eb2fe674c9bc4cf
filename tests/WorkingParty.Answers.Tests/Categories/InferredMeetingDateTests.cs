using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// Minutes that do not state their meeting's date: asked when the body met, the answer marks the date inferred and shows
/// what the minutes say instead (the record's title and its opening sentences), so the date is not taken as a fact.
/// </summary>
public class InferredMeetingDateTests
{
    [Fact]
    public void When_did_the_body_meet_shows_an_inferred_date_beside_what_the_minutes_say()
    {
        var minutes = InventedMinutes.Read("""
            NOTE
            From: General Secretariat of the Council
            To: Delegations
            Subject: Summary of discussions of the Working Party on Dunes
            The members of the Working Party exchanged views on coastal erosion.
            1. Sand fences
            The Commission presented its report of 2 May 2031. Delegations were invited to send comments by 30 May 2031.
            """, "dunes.txt");

        var answer = new QuestionAnswerer([minutes], new NoScheduleChanges()).Answer("when did the dunes working party meet?", new DateOnly(2031, 6, 10));

        var held = Assert.Single(Assert.IsType<LastMeetingsAnswer>(answer).Meetings);
        Assert.True(held.DateInferred);
        Assert.Contains(held.DateSaid, said => said.Contains("exchanged views on coastal erosion", StringComparison.Ordinal));
    }
}
