using WorkingParty.Cards.Presentation.Answers;

namespace WorkingParty.Cards.Tests;

/// <summary>
/// The words a quoted sentence shares with a question are marked as whole words only; a delegation's code only as the
/// minutes write codes, in capitals: asked about "ES", neither "presented" nor "issues" is marked.
/// </summary>
public sealed class QuotedRunsTests
{
    [Fact]
    public void A_code_is_marked_only_as_a_whole_word_in_capitals()
    {
        var text = QuotedRuns.Text("ES presented the issues and said it would reply; IT agreed.", ["ES", "IT"]);

        Assert.Equal("**ES** presented the issues and said it would reply; **IT** agreed.", text);
    }

    [Fact]
    public void A_name_or_adjective_is_marked_only_as_whole_words_whatever_its_case()
    {
        var text = QuotedRuns.Text("The spanish delegation and Spain's experts asked the Spaniards' association; the Spanish Delegation agreed.",
            ["Spain", "Spanish delegation"]);

        Assert.Equal("The **spanish delegation** and **Spain**'s experts asked the Spaniards' association; the **Spanish Delegation** agreed.", text);
    }

    [Fact]
    public void On_a_card_the_code_inside_other_words_is_not_highlighted()
    {
        var runs = QuotedRuns.Card("Spain presented the issues.", ["ES", "Spain"]);

        Assert.Equal(["Spain"], runs.Where(r => r.Highlight == true).Select(r => r.Text));
    }
}
