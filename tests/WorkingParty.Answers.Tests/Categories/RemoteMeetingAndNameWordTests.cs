using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// Round fifteen (meetings): a kind of meeting held at a distance asked as a filter on meetings held ("when did the WP
/// hold a vtc?") gives the meetings whose record calls itself so, not the last meeting of any kind; a word of a body's
/// name ("... on Drainage Issues") is never read as a misspelt cue ("issued"), and a body's name and nouns are no extra
/// word between two cue words ("last canals working party meeting?").
/// </summary>
public class RemoteMeetingAndNameWordTests
{
    private const string Canals = "Working Party on Canals";
    private const string Drainage = "Horizontal Working Party on Drainage Issues";
    private static readonly DateOnly Today = new(2039, 6, 20);

    private readonly QuestionAnswerer _answerer = new(
    [
        InventedMinutes.Read(Record("4411/39", "12 February 2039", Canals,
            "Summary of the informal videoconference of the members of the Working Party on Canals held on 9 February 2039"), "canals-2039-02.txt"),
        InventedMinutes.Read(Record("6120/39", "20 March 2039", Canals, "Working Party on Canals, 17 March 2039"), "canals-2039-03.txt"),
        InventedMinutes.Read(Record("8830/39", "12 May 2039", Canals, "Working Party on Canals, 5 May 2039"), "canals-2039-05.txt"),
        InventedMinutes.Read(Record("7701/39", "30 April 2039", Drainage, "Horizontal Working Party on Drainage Issues, 21 April 2039",
            "Drainage issues of the lowland canals"), "drainage-2039-04.txt"),
    ], new NoScheduleChanges());

    private static string Record(string number, string issued, string to, string subject, string item = "Lock maintenance") =>
        $"Brussels, {issued}\n(OR. en)\n{number}\nOUTCOME OF PROCEEDINGS\nFrom: General Secretariat of the Council\nTo: {to}\nSubject: {subject}\n"
        + $"1.\nAdoption of the agenda\nThe agenda was adopted.\n2.\n{item}\nThe Presidency presented its note.";

    private T Ask<T>(string question) where T : Answer => Assert.IsType<T>(_answerer.Answer(question, Today));

    [Theory]
    [InlineData("when did the canals WP hold a vtc?")]
    [InlineData("when was the canals videoconference?")]
    public void A_meeting_held_at_a_distance_asked_when_is_the_one_whose_record_says_so(string question)
    {
        var answer = Ask<LastMeetingsAnswer>(question);

        Assert.Equal([new DateOnly(2039, 2, 9)], answer.Meetings.Select(m => m.Date));
    }

    [Theory]
    [InlineData("when did the canals WP last meet?")]
    [InlineData("last canals working party meeting?")]
    public void The_last_meeting_asked_without_a_kind_stays_the_latest(string question)
    {
        var answer = Ask<LastMeetingsAnswer>(question);

        Assert.Equal([new DateOnly(2039, 5, 5)], answer.Meetings.Select(m => m.Date));
    }

    [Fact]
    public void A_word_of_a_body_name_is_no_misspelt_cue()
    {
        var answer = Ask<MinutesListAnswer>("what minutes do you have on drainage issues?");

        Assert.Equal([new DateOnly(2039, 4, 21)], answer.Meetings.Select(m => m.Date));
    }
}
