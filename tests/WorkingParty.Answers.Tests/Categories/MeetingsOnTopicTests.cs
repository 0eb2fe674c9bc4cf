using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// "Which meetings discussed X?", "in which meetings was X discussed?", "when was X discussed?": every meeting held
/// that discussed the topic, in an item of its own or in a sentence, not only the newest item on it.
/// </summary>
public class MeetingsOnTopicTests
{
    private static readonly DateOnly Today = new(2038, 12, 1);

    private static readonly Meeting March = InventedMinutes.Read("""
        Brussels, 20 March 2038
        (OR. en)
        3390/38
        OUTCOME OF PROCEEDINGS
        From: General Secretariat of the Council
        On: 14 March 2038
        To: Working Party on Inland Waterways
        Subject: Outcome of proceedings
        1. Adoption of the agenda
        The agenda was adopted.
        2. River information services (RIS)
        The Commission presented the state of play of the river information services. NL and BE welcomed it.
        3. AOB
        No points were raised.
        """, "waterways-2038-03.txt");

    private static readonly Meeting June = InventedMinutes.Read("""
        Brussels, 16 June 2038
        (OR. en)
        7710/38
        OUTCOME OF PROCEEDINGS
        From: General Secretariat of the Council
        On: 9 June 2038
        To: Working Party on Inland Waterways
        Subject: Outcome of proceedings
        1. Adoption of the agenda
        The agenda was adopted.
        2. Lock dues
        The Presidency presented a note on lock dues. AT recalled its remarks on river information services.
        3. AOB
        No points were raised.
        """, "waterways-2038-06.txt");

    private static readonly Meeting October = InventedMinutes.Read("""
        Brussels, 12 October 2038
        (OR. en)
        11020/38
        OUTCOME OF PROCEEDINGS
        From: General Secretariat of the Council
        On: 6 October 2038
        To: Working Party on Inland Waterways
        Subject: Outcome of proceedings
        1. Adoption of the agenda
        The agenda was adopted.
        2. Crew qualifications
        The Commission presented its report on crew qualifications. DE asked for figures.
        3. AOB
        No points were raised.
        """, "waterways-2038-10.txt");

    private readonly QuestionAnswerer _answerer = new([March, June, October], new NoScheduleChanges());

    [Theory]
    [InlineData("which meetings discussed river information services?")]
    [InlineData("in which waterways meetings were river information services discussed")]
    [InlineData("when were river information services discussed?")]
    [InlineData("which meetings discussed the river information services directive?")]
    public void Every_meeting_that_discussed_the_topic_is_given(string question)
    {
        var answer = Assert.IsType<MinutesListAnswer>(_answerer.Answer(question, Today));

        Assert.Equal([new DateOnly(2038, 6, 9), new DateOnly(2038, 3, 14)], answer.Meetings.Select(m => m.Date));
    }

    [Theory]
    [InlineData("when were river information services last discussed?")]
    [InlineData("when were river information services discussed before 1 June?")]
    [InlineData("when were river information services discussed before 10 June?")]
    public void One_meeting_asked_for_is_not_the_list(string question) =>
        Assert.IsNotType<MinutesListAnswer>(_answerer.Answer(question, Today));
}
