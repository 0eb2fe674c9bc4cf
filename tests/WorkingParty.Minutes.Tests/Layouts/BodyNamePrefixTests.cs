using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Layouts;

/// <summary>
/// A body whose name opens with the words Council bodies are named with before their capitalised words ("Friends of
/// the Presidency Group on ...", "Ad hoc Working Party on ...") keeps them: they tell it from another body.
/// </summary>
public class BodyNamePrefixTests
{
    private const string Items = "\n\n1. Adoption of the agenda\nThe agenda was adopted.\n\n2. Tidal energy\nThe Commission presented the study.";

    [Theory]
    [InlineData("Summary of discussions of the Friends of the Presidency Group on Tidal Energy held on 4 March 2035", "Friends of the Presidency Group on Tidal Energy")]
    [InlineData("Friends of the Presidency Group (Tidal Energy)", "Friends of the Presidency Group (Tidal Energy)")]
    [InlineData("Summary of the informal videoconference of the members of the Ad hoc Working Party on Tidal Energy on 4 March 2035", "Ad hoc Working Party on Tidal Energy")]
    [InlineData("Outcome of the meeting of the ad hoc Working Party on Tidal Energy", "ad hoc Working Party on Tidal Energy")]
    public void The_words_before_the_capitalised_name_stay_with_it(string subject, string body) =>
        Assert.Equal(body, Read($"Brussels, 12 March 2035\nOUTCOME OF PROCEEDINGS\nOn: 4 March 2035\nTo: Delegations\nSubject: {subject}{Items}").Body);
}
