using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// Round fifteen (meetings): "dates until the summer?" lists the coming dates up to the season's first month, not those
/// in it; "date of the outcome of proceedings?" is the record's issue date; "at the videoconf?" names the meeting by its
/// format, as "at the videoconference?" does.
/// </summary>
public class SeasonEndAndRecordDateTests
{
    private static readonly DateOnly Today = new(2037, 4, 20);

    private readonly QuestionAnswerer _answerer = new(
    [
        InventedMinutes.Read("Brussels, 16 April 2037\n(OR. en)\n7720/37\nOUTCOME OF PROCEEDINGS\nFrom: General Secretariat of the Council\n"
            + "To: Working Party on Ferries\nSubject: Summary of the informal videoconference of the members of the Working Party on Ferries held on 7 April 2037\n"
            + "1.\nAdoption of the agenda\nThe agenda was adopted. As the meeting took place as an informal videoconference, no formal decisions could be taken.\n"
            + "2.\nAny other business\n"
            + "The Presidency informed delegations that the Working Party would meet again on 12 May, 9 June and 14 July 2037.", "ferries-2037-04.txt"),
    ], new NoScheduleChanges());

    private T Ask<T>(string question) where T : Answer => Assert.IsType<T>(_answerer.Answer(question, Today));

    [Fact]
    public void Dates_until_a_season_end_with_its_first_month()
    {
        var answer = Ask<NextMeetingsAnswer>("ferries wp dates until the summer?");

        Assert.Equal([new DateOnly(2037, 5, 12), new DateOnly(2037, 6, 9)], answer.Dates.Select(d => d.Date));
    }

    [Fact]
    public void Dates_in_a_season_stay_those_of_the_season()
    {
        var answer = Ask<NextMeetingsAnswer>("ferries wp dates in the summer?");

        Assert.Equal([new DateOnly(2037, 6, 9), new DateOnly(2037, 7, 14)], answer.Dates.Select(d => d.Date));
    }

    [Fact]
    public void The_date_of_the_outcome_of_proceedings_is_its_issue_date()
    {
        var answer = Ask<MinutesIssuedAnswer>("date of the outcome of proceedings doc");

        Assert.Equal([new DateOnly(2037, 4, 16)], answer.Meetings.Select(m => m.IssueDate));
    }

    [Fact]
    public void A_videoconf_asked_whether_it_decided_is_answered_by_its_format()
    {
        var answer = Ask<PassagesAnswer>("did the WP decide anything at the videoconf?");

        Assert.Contains(answer.Passages, p => p.Text.Contains("no formal decisions", StringComparison.Ordinal));
    }
}
