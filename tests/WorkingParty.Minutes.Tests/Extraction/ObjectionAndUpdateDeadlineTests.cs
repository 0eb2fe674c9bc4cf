using WorkingParty.Minutes.Model;
using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Extraction;

/// <summary>
/// Deadlines worded as objections that may be raised or lodged until a day, as a request to "do so" with a manner
/// between ("invited to do so in writing by"), and as records that must be updated or renewed by a day; their subject without who wished to act or who reminded them.
/// </summary>
public class ObjectionAndUpdateDeadlineTests
{
    private const string Header = "Brussels, 9 May 2041\nOUTCOME OF PROCEEDINGS\nOn: 2 May 2041\nTo: Delegations\nSubject: Working Party on Lighthouse Heritage (WPLH)\n\n";

    private static Meeting Minutes(string sentence) =>
        Read($"{Header}1. Register of lighthouses\n\nThe Presidency presented its draft register.\n\n2. AOB\n\n{sentence}");

    [Theory]
    [InlineData("Member States may raise objections no later than 16.05.2041, 17.00.", "2041-05-16")]
    [InlineData("Delegations can lodge objections until 16 May.", "2041-05-16")]
    [InlineData("Delegations wishing to enter a reservation were invited to do so in writing no later than 16 May.", "2041-05-16")]
    [InlineData("Delegations that want to comment were asked to do so electronically by 16 May.", "2041-05-16")]
    [InlineData("National contact details held in the register must be updated no later than 16 May.", "2041-05-16")]
    [InlineData("The list of lighthouse keepers should be renewed by 16 May.", "2041-05-16")]
    public void A_deadline_in_these_words_is_read(string sentence, string due)
    {
        var m = Minutes(sentence);

        Assert.Contains(m.Deadlines, d => d.Date == D(due));
    }

    [Theory]
    [InlineData("Delegations that wished to lift their scrutiny reservations were invited to do so in writing by 16 May.", "lift their scrutiny reservations")]
    [InlineData("The Council Secretariat reminded delegations that contact details held in the register must be updated no later than 16 May.", "contact details held in the register")]
    public void The_subject_leaves_out_who_wished_and_who_reminded(string sentence, string subject)
    {
        var m = Minutes(sentence);

        Assert.Equal(subject, Assert.Single(m.Deadlines).Subject);
    }

    [Fact]
    public void A_raised_objection_told_as_past_is_no_deadline()
    {
        var m = Minutes("Two delegations raised objections on 16 May.");

        Assert.Empty(m.Deadlines);
    }
}
