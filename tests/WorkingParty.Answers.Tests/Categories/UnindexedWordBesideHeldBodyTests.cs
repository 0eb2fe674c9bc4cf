using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// A word the minutes never use, said beside a held body's name, is a name the library does not know only in a question
/// about meetings ("next coinage WP meeting?"); otherwise it is what the question asks about ("what was the volcanic ash
/// WP budget for 2040?"), which the minutes do not say: no coming meeting answers it.
/// </summary>
public class UnindexedWordBesideHeldBodyTests
{
    private static readonly QuestionAnswerer Answerer = new(
    [
        InventedMinutes.Read("Brussels, 21 November 2039\nOUTCOME OF PROCEEDINGS\nOn: 14 November 2039\nTo: Working Party on Volcanic Ash\n"
            + "Subject: Summary of discussions\n\n1. Adoption of the agenda\n\nThe agenda was adopted.\n\n2. AOB\n\n"
            + "The next meeting of the Working Party will take place on 16 January 2040.", "ash-2039-11.txt"),
    ], new NoScheduleChanges());

    [Fact]
    public void A_question_about_something_the_minutes_never_say_gets_no_coming_meeting()
    {
        Assert.IsNotType<NextMeetingsAnswer>(Answerer.Answer("what was the volcanic ash WP budget for 2040?", new DateOnly(2039, 12, 1)));
    }

    [Fact]
    public void A_question_about_meetings_still_reads_the_word_as_a_name()
    {
        Assert.IsType<NextMeetingsAnswer>(Answerer.Answer("next volcanic ash WP plenary meeting?", new DateOnly(2039, 12, 1)));
    }
}
