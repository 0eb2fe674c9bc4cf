using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// A configuration stored as its minutes write it ("Working Party on Canals (Locks)") belongs to the party when the party
/// was later renamed with more words ("Working Party on Canals and Inland Waterways"): a question naming the party by its
/// newer name names the configuration too.
/// </summary>
public class ConfigurationOfARenamedPartyTests
{
    private static string Minutes(string to, string on, string issued) =>
        $"Brussels, {issued}\nOUTCOME OF PROCEEDINGS\nOn: {on}\nTo: {to}\nSubject: Summary of discussions\n\n"
        + "1. Adoption of the agenda\n\nThe agenda was adopted.\n\n2. Lock maintenance\n\nThe Commission presented its study.";

    private static readonly QuestionAnswerer Library = new(
    [
        InventedMinutes.Read(Minutes("Working Party on Canals (Locks)", "6 March 2043", "13 March 2043"), "canals-locks-2043-03.txt"),
        InventedMinutes.Read(Minutes("Working Party on Canals and Inland Waterways", "2 February 2043", "9 February 2043"), "canals-2043-02.txt"),
    ], new NoScheduleChanges());

    [Fact]
    public void The_configuration_keeps_the_name_its_minutes_write() =>
        Assert.Contains(Library.Library.Meetings, m => m.Body == "Working Party on Canals (Locks)");

    [Fact]
    public void A_question_naming_the_party_by_its_newer_name_names_the_configuration()
    {
        var answer = Assert.IsType<LastMeetingsAnswer>(Library.Answer("when did the Working Party on Canals and Inland Waterways last meet?", new DateOnly(2043, 6, 1)));

        Assert.Equal(new DateOnly(2043, 3, 6), answer.Meetings[0].Date);
    }
}
