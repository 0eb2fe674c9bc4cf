using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// A working party written in full ("the Working Party on Seismic Questions") whose own first word names no body held
/// is a body whose minutes are not held: a held body that shares only its last word ("... on Monetary Questions") does
/// not answer for it. A body named before "WP on" ("the monetary WP on coin designs") keeps its name.
/// </summary>
public class UnheldBodyTests
{
    private static string Minutes(string to, string on, string issued) =>
        $"Brussels, {issued}\nOUTCOME OF PROCEEDINGS\nOn: {on}\nTo: {to}\nSubject: Summary of discussions\n\n"
        + "1. Adoption of the agenda\n\nThe agenda was adopted.\n\n2. Coin designs\n\nThe Commission presented its study.";

    private static readonly DateOnly Today = new(2039, 12, 1);

    private static readonly QuestionAnswerer Answerer = new(
    [
        InventedMinutes.Read(Minutes("Working Party on Monetary Questions", "10 March 2039", "17 March 2039"), "monetary-2039-03.txt"),
        InventedMinutes.Read(Minutes("Working Party on Volcanic Ash", "14 June 2039", "21 June 2039"), "ash-2039-06.txt"),
    ], new NoScheduleChanges());

    [Theory]
    [InlineData("when did the Working Party on Seismic Questions last meet?")]
    [InlineData("when did the working party for seismic questions meet last")]
    public void A_body_written_in_full_whose_first_word_names_no_held_body_gets_no_other_bodys_meeting(string question)
    {
        Assert.IsNotType<LastMeetingsAnswer>(Answerer.Answer(question, Today));
    }

    [Theory]
    [InlineData("when did the Working Party on Monetary Questions last meet?", 3)]
    [InlineData("when did the Working Party on the Volcanic Ash last meet?", 6)]
    [InlineData("when did the Working Party on Monetry Questions last meet?", 3)]
    public void A_held_body_written_in_full_is_answered(string question, int month)
    {
        var answer = Assert.IsType<LastMeetingsAnswer>(Answerer.Answer(question, Today));

        Assert.Equal([month], answer.Meetings.Select(m => m.Date.Month));
    }

    [Fact]
    public void A_body_named_before_WP_on_keeps_its_name_and_what_follows_is_its_topic()
    {
        var answer = Answerer.Answer("what did the monetary WP on coin designs say?", Today);

        Assert.Equal(["Working Party on Monetary Questions"], answer.Scope);
    }
}
